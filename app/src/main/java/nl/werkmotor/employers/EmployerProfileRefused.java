package nl.werkmotor.employers;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** A profile change that cannot be saved as given, with every problem at once; nothing was saved. */
public class EmployerProfileRefused extends Refusal {

    /** @param reasons each naming "sector", "size" or "postcode4" */
    EmployerProfileRefused(List<Reason> reasons) {
        super(reasons);
    }
}
