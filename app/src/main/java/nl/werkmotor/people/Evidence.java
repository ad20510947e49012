package nl.werkmotor.people;

/** How well a skill claim is backed, weakest first: matching weighs a claim by it. */
public enum Evidence {
    SELF_DECLARED,
    CONFIRMED_BY_PROFESSIONAL,
    ASSESSED,
    BADGE_VERIFIED
}
