package nl.werkmotor.identity;

/**
 * A partner organisation of the region a user acts for: a municipality, UWV, a WerkgeversServicePunt,
 * an employer, a school.
 *
 * @param id a stable short key, e.g. "gemeente-lindeveen"
 */
public record Organisation(String id, String name) {
}
