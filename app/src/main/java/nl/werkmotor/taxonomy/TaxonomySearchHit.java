package nl.werkmotor.taxonomy;

/**
 * A concept found by {@link SearchingTaxonomy}.
 *
 * @param id      the UUID at the end of the URI, as in {@code /api/v1/beroepen/{id}}
 * @param label   the preferred label in the language asked, or the English one marked as fallback
 * @param matched the label of this concept that matched what was typed
 */
public record TaxonomySearchHit(String uri, String id, Label label, MatchedLabel matched) {

    /**
     * @param lang "nl" or "en"
     * @param type "preferred", "alternative", "hidden" or "crosswalk"
     */
    public record MatchedLabel(String text, String lang, String type) {
    }
}
