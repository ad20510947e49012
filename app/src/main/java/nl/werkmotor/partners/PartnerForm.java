package nl.werkmotor.partners;

import java.util.List;

/**
 * A partner as the beheerder typed it (the page's form, the API's body), every field as text, so that a date or
 * number that cannot be read is refused together with every other problem. Field names in refusals are the API's:
 * {@code organisatie}, {@code soort}, {@code naam}, {@code contact}, {@code actiefVanaf}, {@code actiefTot},
 * {@code gemeentecode}, {@code inwoners}, {@code inwonersPeiljaar}, {@code locaties[i].naam} (and {@code .adres},
 * {@code .postcode}, {@code .gemeenten}).
 *
 * @param kind       a {@link PartnerKind} name
 * @param activeFrom day-month-year (1-1-2026) or YYYY-MM-DD
 * @param activeTo   likewise, or empty while it takes part
 * @param locations  a WSP's; a location with every field empty is left out
 */
public record PartnerForm(String organisationId, String kind, String name, String contact, String activeFrom,
                          String activeTo, String municipalityCode, String inhabitants, String inhabitantsYear,
                          List<Location> locations) {

    public static final int MAX_NAME = 120;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_LOCATIONS = 20;

    public PartnerForm {
        organisationId = strip(organisationId);
        kind = strip(kind);
        name = strip(name);
        contact = strip(contact);
        activeFrom = strip(activeFrom);
        activeTo = strip(activeTo);
        municipalityCode = strip(municipalityCode);
        inhabitants = strip(inhabitants);
        inhabitantsYear = strip(inhabitantsYear);
        locations = locations == null ? List.of() : locations.stream().filter(l -> l != null && !l.isEmpty()).toList();
    }

    /** A WSP location as typed; {@code municipalityCodes} are CBS codes such as GM0599. */
    public record Location(String name, String address, String postcode4, List<String> municipalityCodes) {

        public Location {
            name = strip(name);
            address = strip(address);
            postcode4 = strip(postcode4);
            municipalityCodes = municipalityCodes == null ? List.of()
                    : municipalityCodes.stream().map(PartnerForm::strip).filter(c -> !c.isEmpty()).toList();
        }

        boolean isEmpty() {
            return name.isEmpty() && address.isEmpty() && postcode4.isEmpty() && municipalityCodes.isEmpty();
        }
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
