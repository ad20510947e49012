package nl.werkmotor.people;

/**
 * Who may see a profile. Consent first: the default is {@code PRIVATE}; employers see a profile only
 * anonymously, and the identity only after the person accepts an introduction.
 */
public enum Visibility {
    PRIVATE,
    PARTNERS,
    EMPLOYERS_ANONYMOUS
}
