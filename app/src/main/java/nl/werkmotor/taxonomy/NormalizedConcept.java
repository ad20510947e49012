package nl.werkmotor.taxonomy;

/**
 * A concept a title or phrase may stand for, found by {@link NormalizingText}.
 *
 * @param score 0 to 1; 1 when a label says exactly what the text says
 */
public record NormalizedConcept(TaxonomySearchHit concept, double score) {
}
