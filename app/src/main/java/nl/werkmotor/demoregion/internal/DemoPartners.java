package nl.werkmotor.demoregion.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import nl.werkmotor.partners.PartnerForm;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.places.Postcode4;

/**
 * The demo region's partner organisations: its municipalities, UWV, the WSP with its locations, the ROC and two
 * social organisations, bound to identity's demo organisations where those exist ("gemeente-lindeveen" is the
 * demo case workers' municipality: the region's largest, where most people live). In Rijnmond (AM22) the
 * municipalities have their inhabitants on 1 January 2024 as CBS counted them, rounded to hundreds (Rotterdam's
 * from Onderzoek010's population monitor; the others to be checked against CBS StatLine) and the WSP four
 * locations as the sub-regions work; in another region believable numbers (6,500 inhabitants per postcode area)
 * and one WSP location serving every municipality (also where the places hold only part of Rijnmond, as a test's
 * tiny places do). No contact is a person's: desks at example addresses.
 */
public final class DemoPartners {

    public static final String SINCE = "1-1-2024";

    /** CBS, inhabitants on 1 January 2024, rounded to hundreds. */
    static final Map<String, Integer> RIJNMOND_INHABITANTS_2024 = Map.ofEntries(
            Map.entry("GM0489", 50_600), // Barendrecht
            Map.entry("GM0502", 67_700), // Capelle aan den IJssel
            Map.entry("GM0542", 29_900), // Krimpen aan den IJssel
            Map.entry("GM0556", 33_900), // Maassluis
            Map.entry("GM0597", 47_600), // Ridderkerk
            Map.entry("GM0599", 670_800), // Rotterdam
            Map.entry("GM0606", 80_300), // Schiedam
            Map.entry("GM0613", 26_400), // Albrandswaard
            Map.entry("GM0622", 75_400), // Vlaardingen
            Map.entry("GM1892", 53_300), // Zuidplas
            Map.entry("GM1924", 52_300), // Goeree-Overflakkee
            Map.entry("GM1930", 86_400), // Nissewaard
            Map.entry("GM1963", 89_900), // Hoeksche Waard
            Map.entry("GM1992", 71_000)); // Voorne aan Zee

    /** Rijnmond's WSP locations: name, address, PC4, the municipalities served. */
    static final List<PartnerForm.Location> RIJNMOND_LOCATIONS = List.of(
            new PartnerForm.Location("WSP Rotterdam", "Coolsingel 40, 3011 AD Rotterdam", "3011", List.of("GM0599")),
            new PartnerForm.Location("WSP Nieuwe Waterweg", "Stadserf 1, 3112 DZ Schiedam", "3111",
                    List.of("GM0606", "GM0622", "GM0556")),
            new PartnerForm.Location("WSP Oost", "Rivierweg 111, 2903 AR Capelle aan den IJssel", "2902",
                    List.of("GM0502", "GM0542", "GM1892", "GM0597", "GM0489", "GM0613")),
            new PartnerForm.Location("WSP Zuid", "Raadhuislaan 106, 3201 EL Spijkenisse", "3201",
                    List.of("GM1930", "GM1992", "GM1963", "GM1924")));

    private DemoPartners() {
    }

    /**
     * @param regionName    e.g. "Rijnmond"
     * @param municipalities the region's
     * @param postcodes     the region's postcode areas, by code: inhabitants outside Rijnmond follow their number
     */
    public static List<PartnerForm> of(String regionCode, String regionName, List<Municipality> municipalities,
                                       List<Postcode4> postcodes) {
        Map<String, Long> areas = postcodes.stream().collect(Collectors.groupingBy(Postcode4::municipalityCode,
                Collectors.counting()));
        boolean rijnmond = "AM22".equals(regionCode)
                && municipalities.stream().allMatch(m -> RIJNMOND_INHABITANTS_2024.containsKey(m.code()));
        ToIntFunction<Municipality> inhabitants = rijnmond ? m -> RIJNMOND_INHABITANTS_2024.get(m.code())
                : m -> (int) Math.max(1, areas.getOrDefault(m.code(), 1L)) * 6_500;
        Municipality largest = municipalities.stream().max(Comparator.comparingInt(inhabitants)
                .thenComparing(Municipality::code, Comparator.reverseOrder())).orElseThrow();
        List<PartnerForm> partners = new ArrayList<>();
        for (Municipality m : municipalities) {
            String organisation = m == largest ? "gemeente-lindeveen" : "gemeente-" + slug(m.name());
            partners.add(new PartnerForm(organisation, "MUNICIPALITY", "Gemeente " + m.name(),
                    "werk@" + slug(m.name()) + ".example", SINCE, "", m.code(),
                    String.valueOf(inhabitants.applyAsInt(m)), "2024", List.of()));
        }
        partners.add(new PartnerForm("uwv", "UWV", "UWV " + regionName, "werkgevers@uwv.example", SINCE, "", "", "",
                "", List.of()));
        // Rijnmond's own four locations only where the places hold all of the region (a test's tiny places do not)
        Set<String> codes = postcodes.stream().map(Postcode4::code).collect(Collectors.toSet());
        boolean wholeRijnmond = rijnmond && municipalities.size() == RIJNMOND_INHABITANTS_2024.size()
                && RIJNMOND_LOCATIONS.stream().allMatch(l -> codes.contains(l.postcode4()));
        List<PartnerForm.Location> locations = wholeRijnmond ? RIJNMOND_LOCATIONS : List.of(new PartnerForm.Location(
                "WSP " + largest.name(), "Stationsplein 1, " + largest.name(), postcodes.stream()
                .filter(p -> p.municipalityCode().equals(largest.code())).findFirst().orElseThrow().code(),
                municipalities.stream().map(Municipality::code).toList()));
        partners.add(new PartnerForm("wsp-lindeveen", "WSP", "WerkgeversServicePunt Lindeveen",
                "werkgevers@wsp-lindeveen.example", SINCE, "", "", "", "", locations));
        partners.add(new PartnerForm("roc-lindeveen", "SCHOOL", "ROC Lindeveen", "bedrijven@roc-lindeveen.example",
                SINCE, "", "", "", "", List.of()));
        partners.add(new PartnerForm("werkkracht-lindeveen", "SOCIAL", "Sociaal werkbedrijf Werkkracht",
                "info@werkkracht.example", SINCE, "", "", "", "", List.of()));
        partners.add(new PartnerForm("stichting-meedoen", "SOCIAL", "Stichting Meedoen (maatjes en taalcoaches)",
                "info@meedoen.example", SINCE, "", "", "", "", List.of()));
        return partners;
    }

    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
