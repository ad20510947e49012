package nl.werkmotor.taxonomy;

import java.util.Objects;

/**
 * A type-ahead question: concepts whose labels (Dutch or English, alternative and hidden labels and
 * crosswalk titles included) match what was typed so far.
 *
 * @param concepts occupations or skills
 * @param language the language to show labels in (English where Dutch is missing); its labels also win ties
 * @param limit    how many concepts at most, 1 to {@value #MAX_LIMIT}
 */
public record TaxonomySearch(String text, Concepts concepts, Language language, int limit) {

    public static final int MAX_LIMIT = 100;

    public enum Concepts {
        OCCUPATIONS, SKILLS
    }

    public TaxonomySearch {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(concepts, "concepts");
        Objects.requireNonNull(language, "language");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }
}
