package nl.werkmotor.taxonomy;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/**
 * A text that would cost more work to read than a text of its length may ({@code TextTooComplex} of the
 * engine): refused whole, with the reason about field {@value #FIELD}, rather than answered with the skills of
 * its first part as if that were all. No vacancy or CV comes near; a text made to hold the server does.
 */
public class TextLinkingRefused extends Refusal {

    /** The field the reason is about, as the API names it. */
    public static final String FIELD = "tekst";

    TextLinkingRefused(int characters) {
        super(List.of(new Reason(FIELD, "Deze tekst van " + characters + " tekens is te bewerkelijk om te lezen: hij"
                + " vraagt meer werk dan een tekst van die lengte mag kosten. Een vacature of cv komt daar niet in de"
                + " buurt; haal herhalingen en lange woorden zonder spaties weg, of stuur de tekst in delen.",
                "This text of " + characters + " characters is too costly to read: it takes more work than a text of"
                        + " that length may. No vacancy or CV comes near; remove repetitions and long words without"
                        + " spaces, or send the text in parts.")));
    }
}
