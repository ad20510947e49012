package nl.werkmotor.engine.text;

import java.util.Objects;

/**
 * What someone typed, for type-ahead: every word must match a label of the concept, the last one
 * also as the start of a word (unless the text ends with a space, meaning the word is finished).
 *
 * @param kind     only concepts of this kind, or null for both
 * @param language labels in this language win ties, or null for no preference
 * @param k        how many concepts at most, 1 or more
 */
public record LabelQuery(String text, ConceptKind kind, LabelLanguage language, int k) {

    public LabelQuery {
        Objects.requireNonNull(text, "text");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
    }
}
