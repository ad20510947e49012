package nl.werkmotor.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An organisation of the region, bound to the identity organisation its users' logins carry.
 *
 * @param organisationId   identity's organisation id, e.g. "gemeente-lindeveen"
 * @param contact          the organisation's own desk (e-mail, telephone), never a person's; may be empty
 * @param activeTo         the last day it takes part; null while it does
 * @param municipalityCode a municipality's CBS code (e.g. GM0599); null for the other kinds
 * @param inhabitants      a municipality's; null for the other kinds
 * @param locations        a WSP's; empty for the other kinds
 */
public record Partner(long id, String organisationId, PartnerKind kind, String name, String contact,
                      LocalDate activeFrom, LocalDate activeTo, String municipalityCode, Inhabitants inhabitants,
                      List<WspLocation> locations) {

    public Partner {
        locations = List.copyOf(locations);
    }

    /** Whether it takes part on that day. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** Whether the days it takes part overlap another's. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !to.isBefore(activeFrom)) && (activeTo == null || !activeTo.isBefore(from));
    }

    public Optional<WspLocation> locationServing(String municipalityCode) {
        return locations.stream().filter(l -> l.serves(municipalityCode)).findFirst();
    }
}
