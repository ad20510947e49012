package nl.werkmotor.taxonomy;

/**
 * A skill or occupation that a text names, found by {@link LinkingText}.
 *
 * @param id      the UUID at the end of the URI
 * @param kind    "occupation" or "skill"
 * @param label   the preferred label in the language asked, or the English one marked as fallback
 * @param start   where the naming words start in the text (a UTF-16 offset, as in JavaScript)
 * @param end     where they end (exclusive)
 * @param text    the naming words as written: {@code text.substring(start, end)}
 * @param score   how much of the matched label the words cover, weighted by word rarity: 0.5 to 1
 * @param matched the label of the concept that the words match
 */
public record TextMentionFound(String uri, String id, String kind, Label label, int start, int end, String text,
        double score, TaxonomySearchHit.MatchedLabel matched) {
}
