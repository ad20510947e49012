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

    /**
     * The same reasons, each about the field of introduction {@code id}'s forms it is about
     * (templates/fragments/introduction.html; a page has a form per introduction), or about its card.
     */
    public Refusal onTheFormsOf(long id) {
        return new Refusal(reasons().stream().map(r -> new Reason(switch (r.field()) {
            case "email" -> "email-" + id;
            case "phone" -> "telefoon-" + id;
            case "outcome" -> "kennismaking-" + id + "-uitkomst";
            default -> "kennismaking-" + id;
        }, r.nl(), r.en())).toList());
    }
}
