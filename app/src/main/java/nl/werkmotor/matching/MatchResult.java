package nl.werkmotor.matching;

import nl.werkmotor.taxonomy.Label;

/**
 * One ranked answer with the reasons for its place.
 *
 * @param id    the vacancy's id, the occupation's UUID, or the person's id (for their own case worker only;
 *              anyone else gets the person's pseudonym at that vacancy, see {@link CandidatePseudonyms})
 * @param uri   the occupation's ESCO URI; null for people and vacancies
 * @param label the occupation's label or the vacancy's title; null for people (the matcher knows no names)
 * @param score weighted share of what the needing side asks for that is covered, 0 to 1
 */
public record MatchResult(String id, String uri, Label label, double score, MatchExplanation explanation) {
}
