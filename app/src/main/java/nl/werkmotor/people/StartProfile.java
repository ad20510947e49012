package nl.werkmotor.people;

/**
 * A new profile for someone who signs in for the first time (an OIDC login without a profile yet).
 *
 * @param account   their login, bound to the new person
 * @param postcode4 where they live, as a 4-digit postcode area: matching measures travel from there
 */
public record StartProfile(String account, String firstName, String lastName, int birthYear, String postcode4,
                           PersonKind kind) {
}
