package nl.werkmotor.people;

/** Everyone was replaced at once (a demo region or a bulk load); whoever derives from people reloads. */
public record PeopleReplaced(long people) {
}
