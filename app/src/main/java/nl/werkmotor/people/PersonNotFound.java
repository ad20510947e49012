package nl.werkmotor.people;

/** There is no person with this id (any more). */
public class PersonNotFound extends RuntimeException {

    public PersonNotFound(long personId) {
        super("There is no person with id " + personId);
    }
}
