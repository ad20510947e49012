package nl.werkmotor.people;

/** One person was erased: whoever keeps something derived from them drops it. */
public record PersonRemoved(long personId) {
}
