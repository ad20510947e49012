package nl.werkmotor.engine.match;

/** One ranked result: the id of a person, vacancy or occupation, its score in [0, 1] and why. */
public record Match(int id, float score, Explanation explanation) {
}
