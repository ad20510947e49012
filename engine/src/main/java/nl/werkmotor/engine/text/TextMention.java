package nl.werkmotor.engine.text;

/**
 * A concept named in a text: {@code text.substring(start, end)} is what names it, for highlighting
 * and confirmation.
 *
 * @param label the label of the concept that matched
 * @param score how much of the label the span covers, weighted by how rare each word is; 0.5 to 1
 *              (lower for a label in the other language than the text's)
 */
public record TextMention(int conceptId, ConceptKind kind, int start, int end, String label, LabelLanguage language,
        LabelType type, double score) {
}
