package nl.werkmotor.people;

/** One person's profile changed (and the change was saved): whoever derives from people updates that one. */
public record PersonChanged(long personId) {
}
