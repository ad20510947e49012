package nl.werkmotor.matching;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** A matching question that cannot be answered as asked; names every problem at once. */
public class MatchRequestRefused extends Refusal {

    /** @param reasons each naming the request parameter at fault, as the API names it */
    public MatchRequestRefused(List<Reason> reasons) {
        super(reasons);
    }
}
