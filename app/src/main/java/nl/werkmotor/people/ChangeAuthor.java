package nl.werkmotor.people;

import java.util.Objects;

import nl.werkmotor.processinglog.ProcessingPurpose;

/**
 * Who changes a profile: the person themselves, or a professional (a case worker) on their behalf. Every
 * change is kept with its author; a professional's change is also written to the processing log.
 *
 * @param account the login name of whoever makes the change
 * @param purpose why a professional changes it, as the processing log records it; null for the person
 */
public record ChangeAuthor(String account, Kind kind, ProcessingPurpose purpose) {

    public enum Kind {
        PERSON, PROFESSIONAL
    }

    public ChangeAuthor {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PROFESSIONAL) != (purpose != null)) {
            throw new IllegalArgumentException("A professional changes a profile for a purpose; the person needs none");
        }
    }

    public static ChangeAuthor person(String account) {
        return new ChangeAuthor(account, Kind.PERSON, null);
    }

    /** @param purpose e.g. {@link ProcessingPurpose#GUIDANCE} for a case worker working with the person */
    public static ChangeAuthor professional(String account, ProcessingPurpose purpose) {
        return new ChangeAuthor(account, Kind.PROFESSIONAL, purpose);
    }

    boolean isPerson() {
        return kind == Kind.PERSON;
    }

    /** A person says what they can; a professional may also confirm it. Tests and badges come from elsewhere. */
    Evidence strongestEvidence() {
        return isPerson() ? Evidence.SELF_DECLARED : Evidence.CONFIRMED_BY_PROFESSIONAL;
    }
}
