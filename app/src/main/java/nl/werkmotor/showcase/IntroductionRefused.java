package nl.werkmotor.showcase;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** An introduction that cannot be asked or decided as given, with every problem at once; nothing was saved. */
public class IntroductionRefused extends Refusal {

    /** @param reasons each naming the field of the command it is about, e.g. "email" */
    IntroductionRefused(List<Reason> reasons) {
        super(reasons);
    }

    static IntroductionRefused because(String field, String nl, String en) {
        return new IntroductionRefused(List.of(new Reason(field, nl, en)));
    }
}
