package nl.werkmotor.people;

import java.util.Objects;

/**
 * Who changes a profile: the person themselves, or a professional (a case worker) on their behalf. Every
 * change is kept with its author; a professional's change is also written to the processing log.
 *
 * @param account the login name of whoever makes the change
 */
public record ChangeAuthor(String account, Kind kind) {

    public enum Kind {
        PERSON, PROFESSIONAL
    }

    public ChangeAuthor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
    }

    public static ChangeAuthor person(String account) {
        return new ChangeAuthor(account, Kind.PERSON);
    }

    public static ChangeAuthor professional(String account) {
        return new ChangeAuthor(account, Kind.PROFESSIONAL);
    }

    boolean isPerson() {
        return kind == Kind.PERSON;
    }

    /** A person says what they can; a professional may also confirm it. Tests and badges come from elsewhere. */
    Evidence strongestEvidence() {
        return isPerson() ? Evidence.SELF_DECLARED : Evidence.CONFIRMED_BY_PROFESSIONAL;
    }
}
