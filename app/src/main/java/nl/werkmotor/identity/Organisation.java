package nl.werkmotor.identity;

/**
 * A partner organisation of the region a user acts for: a municipality, UWV, a WerkgeversServicePunt,
 * an employer, a school.
 *
 * @param id         a stable short key, e.g. "gemeente-lindeveen"
 * @param regionCode the arbeidsmarktregio the organisation serves, e.g. "AM22" (a WSP serves the employers of
 *                   one region); null where the login does not say
 */
public record Organisation(String id, String name, String regionCode) {

    /** An organisation whose region the login does not say. */
    public Organisation(String id, String name) {
        this(id, name, null);
    }
}
