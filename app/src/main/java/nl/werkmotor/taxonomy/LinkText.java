package nl.werkmotor.taxonomy;

import java.util.Objects;

/**
 * A free text (a vacancy, a CV) to find the skills and occupations in.
 *
 * @param language the text's language (its labels count most) and the language to show labels in
 */
public record LinkText(String text, Language language) {

    /** Longer texts are refused: a vacancy or CV fits easily, and a request must stay quick. */
    public static final int MAX_TEXT = 20_000;

    public LinkText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters, not " + text.length());
        }
    }
}
