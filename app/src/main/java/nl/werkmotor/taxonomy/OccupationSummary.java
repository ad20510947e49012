package nl.werkmotor.taxonomy;

/** An occupation as a line in a list. */
public record OccupationSummary(String uri, Label label) {
}
