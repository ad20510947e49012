package nl.werkmotor.showcase;

/**
 * Whether the employer's side of an accepted introduction sees the person's name and the contact details they gave
 * (column {@code introduction.contact_consent}). Consent given with the profile ends with it: withdrawing consent
 * reaches introductions too, and the person chooses per introduction to share again.
 */
public enum ContactConsent {
    /** While the profile is visible to employers ({@code EMPLOYERS_ANONYMOUS}): a yes given then. */
    WITH_PROFILE,
    /** No longer: the profile was made private or partners-only, or the person stopped sharing with this employer. */
    WITHDRAWN,
    /** The person chose to share with this employer, whatever their profile's visibility. */
    THIS_INTRODUCTION
}
