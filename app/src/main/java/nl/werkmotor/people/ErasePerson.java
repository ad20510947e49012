package nl.werkmotor.people;

import java.util.Objects;

/** Remove a person and everything about them that the people module keeps. */
public record ErasePerson(long personId, ChangeAuthor author) {

    public ErasePerson {
        Objects.requireNonNull(author, "author");
    }
}
