package nl.werkmotor.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.werkmotor.matching.FindingOpenVacancies;
import nl.werkmotor.matching.OpenVacancies;
import nl.werkmotor.matching.OpenVacancy;

/**
 * Vacancies open longer than eight weeks while people who could fill them exist, as the API and the page show
 * them: per region sector and per municipality how many such vacancies there are and how many of them have
 * candidates, and the vacancies themselves. A vacancy is not personal data; its number of candidates is about
 * people, so 1 to 4 is "fewer than 5" ({@code onderdrukt}, never a number) and more than
 * {@value FindingOpenVacancies#CAP} is "50 or more". No figure adds candidates up: a person fits several
 * vacancies, and a sum less the shown counts would give a small one away. Pure.
 */
final class OpenVacanciesReport {

    /** The row of vacancies whose sector or municipality is not known. */
    static final String UNKNOWN = CountingPlacements.UNKNOWN;
    static final String NO_SECTOR = CountingPlacements.NO_SECTOR;

    private OpenVacanciesReport() {
    }

    /**
     * @param aantal     absent when suppressed; {@value FindingOpenVacancies#CAP} with {@code ofMeer} when capped
     * @param onderdrukt 1 to 4 people: "minder dan 5"
     * @param ofMeer     counted up to the cap: "50 of meer"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Kandidaten(Integer aantal, boolean onderdrukt, boolean ofMeer) {

        static Kandidaten of(int count, boolean capped) {
            return count > 0 && count < MonitoringTable.SMALLEST_SHOWN ? new Kandidaten(null, true, false)
                    : new Kandidaten(count, false, capped);
        }
    }

    /**
     * @param vacatures     open longer than eight weeks
     * @param metKandidaten of which at least one person could fill it
     */
    record Groep(String sleutel, String naam, long vacatures, long metKandidaten) {
    }

    /** @param werkgeverId for the account manager's link to the vacancy's showcase */
    record Vacature(long id, String titel, long werkgeverId, String werkgever, String sector, String sectorNaam,
                    String gemeente, String gemeenteNaam, LocalDate gepubliceerdOp, long wekenOpen,
                    Kandidaten kandidaten) {
    }

    record OpenstaandeVacatures(LocalDate peildatum, LocalDate gepubliceerdVoor, int weken, long vacatures,
                                long metKandidaten, List<Groep> perSector, List<Groep> perGemeente,
                                List<Vacature> lijst, MonitoringApi.Herkomst herkomst) {
    }

    static OpenstaandeVacatures of(OpenVacancies open, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<Vacature> list = new ArrayList<>();
        for (OpenVacancy v : open.vacancies()) {
            list.add(new Vacature(v.id(), v.title(), v.employerId(), v.employerName(),
                    v.sectorCode() == null ? NO_SECTOR : v.sectorCode(),
                    v.sectorCode() == null ? null : en ? v.sectorNameEn() : v.sectorNameNl(),
                    v.municipalityCode() == null ? UNKNOWN : v.municipalityCode(), v.municipalityName(),
                    v.publishedOn(), v.weeksOpen(), Kandidaten.of(v.candidates(), v.capped())));
        }
        list.sort(Comparator.comparing(Vacature::gepubliceerdOp).thenComparing(Vacature::id));
        long withCandidates = open.vacancies().stream().filter(v -> v.candidates() > 0).count();
        return new OpenstaandeVacatures(open.today(), open.publishedBefore(), FindingOpenVacancies.WEEKS,
                list.size(), withCandidates, groups(list, Vacature::sector, Vacature::sectorNaam),
                groups(list, Vacature::gemeente, Vacature::gemeenteNaam), list, provenance(open));
    }

    private static List<Groep> groups(List<Vacature> list, Function<Vacature, String> key,
                                      Function<Vacature, String> name) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Vacature v : list) {
            long[] c = counts.computeIfAbsent(key.apply(v), k -> new long[2]);
            c[0]++;
            if (v.kandidaten().onderdrukt() || v.kandidaten().aantal() > 0) {
                c[1]++;
            }
            if (name.apply(v) != null) {
                names.put(key.apply(v), name.apply(v));
            }
        }
        return counts.entrySet().stream().map(e -> new Groep(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    static MonitoringApi.Herkomst provenance(OpenVacancies open) {
        return new MonitoringApi.Herkomst("vacancies: vacancy (entered_at); matching: de index van mensen en werk; "
                + "employers: employer (sector); sectorplans: region_sector; places: postcode4", open.today(),
                "Vacatures die op " + open.today() + " nog open staan en vóór " + open.publishedBefore()
                        + " zijn gepubliceerd (meer dan " + FindingOpenVacancies.WEEKS + " weken open). Een vacature"
                        + " heeft geen publicatie- of sluitingsdatum: de datum van invoeren geldt als publicatie en"
                        + " een ingetrokken vacature bestaat niet meer. " + open.withoutDate() + " vacatures zonder"
                        + " datum van invoeren (in bulk geladen) tellen niet mee. Kandidaten per vacature: mensen die"
                        + " werkgevers hen anoniem laten zien (toestemming voor de etalage), met de vacature binnen"
                        + " hun eigen reisafstand (gemeten vanaf het midden van hun gemeente, zoals de etalage),"
                        + " beschikbaar, met passende uren en iets van wat de vacature vraagt, zoals de etalage hen"
                        + " vindt; geteld tot " + FindingOpenVacancies.CAP + " (\"" + FindingOpenVacancies.CAP
                        + " of meer\"), geteld op " + open.countedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " in " + open.tookMillis() + " ms. 1 tot 4"
                        + " kandidaten heet \"minder dan " + MonitoringTable.SMALLEST_SHOWN + "\". Kandidaten"
                        + " worden niet opgeteld: één persoon past bij meer vacatures. Per sector: de sector van"
                        + " de regio (sectorplannen) naar de SBI-sectie van de werkgever.");
    }
}
