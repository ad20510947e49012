package nl.werkmotor.taxonomy;

import java.util.Objects;

/**
 * A job title ("heftruckchauffeur") or skill phrase ("klantgericht werken") to map onto ESCO: the
 * whole text is the question, not its start as in type-ahead ({@link TaxonomySearch}).
 *
 * @param concepts occupations (for a title) or skills (for a phrase)
 * @param limit    how many concepts at most, 1 to {@value TaxonomySearch#MAX_LIMIT}
 */
public record NormalizeText(String text, TaxonomySearch.Concepts concepts, Language language, int limit) {

    /** A title or phrase is short; longer text belongs to {@link LinkingText}. */
    public static final int MAX_TEXT = 1_000;

    public NormalizeText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(concepts, "concepts");
        Objects.requireNonNull(language, "language");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters, not " + text.length());
        }
        if (limit < 1 || limit > TaxonomySearch.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + TaxonomySearch.MAX_LIMIT + ", not " + limit);
        }
    }
}
