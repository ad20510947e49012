package nl.werkmotor.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.werkmotor.placements.FindPlacements;
import nl.werkmotor.placements.PlacementFacts;
import nl.werkmotor.sectorplans.FindSectors;
import nl.werkmotor.sectorplans.FindTargets;
import nl.werkmotor.sectorplans.RegionSector;
import nl.werkmotor.sectorplans.Target;

/**
 * The region's placements of a period counted per organisation, sector, target group, municipality or month, and
 * suppressed ({@link MonitoringTable}). A placement counts in the period of its start; whether it lasted (6 or 12
 * months) and whether the person left a benefit is counted as known on the day of counting. Distinct people: a
 * person placed twice counts once per cell. Per sector the rows are the region's sectors (sector plans'
 * {@link FindSectors#sectorOf(String)} of the employer's SBI section); per instrument, the Toolbox instruments the
 * placements used. Beside each count its target ({@link Targets}): the agreed yearly number, prorated to the months
 * of the period.
 */
@Component
public class CountingPlacements {

    /** The row of placements whose organisation, sector or municipality is not known. */
    public static final String UNKNOWN = "onbekend";

    /** The row of placements whose employer's SBI section the region files under none of its sectors. */
    public static final String NO_SECTOR = "geen-regiosector";

    private final FindPlacements placements;
    private final FindSectors sectors;
    private final FindTargets targets;
    private final Clock clock;

    @Autowired
    CountingPlacements(FindPlacements placements, FindSectors sectors, FindTargets targets) {
        this(placements, sectors, targets, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    CountingPlacements(FindPlacements placements, FindSectors sectors, FindTargets targets, Clock clock) {
        this.placements = placements;
        this.sectors = sectors;
        this.targets = targets;
        this.clock = clock;
    }

    public CountedPeriod count(YearMonth from, YearMonth to, Per per) {
        LocalDate today = LocalDate.now(clock);
        List<Target> agreed = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            agreed.addAll(targets.targetsFor(year));
        }
        Map<String, String> sectorOfSbi = new HashMap<>();
        Function<String, String> sectorOf = sbi -> sbi == null ? null : sectorOfSbi.computeIfAbsent(sbi,
                s -> sectors.sectorOf(s).map(RegionSector::code).orElse(NO_SECTOR));
        CountedPeriod counted = count(from, to, per, placements.facts(from.atDay(1), to.atEndOfMonth()), today,
                sectorOf);
        return counted.withTargets(Targets.of(agreed, from, to, per));
    }

    /** Pure: the table of the facts, as known on {@code today}, sectors as the SBI section's names. */
    static CountedPeriod count(YearMonth from, YearMonth to, Per per, List<PlacementFacts> facts, LocalDate today) {
        return count(from, to, per, facts, today, Function.identity());
    }

    /** Pure: the table of the facts, as known on {@code today}; {@code sectorOf} gives the row of an SBI section. */
    static CountedPeriod count(YearMonth from, YearMonth to, Per per, List<PlacementFacts> facts, LocalDate today,
                               Function<String, String> sectorOf) {
        List<CountedPlacement> counted = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (PlacementFacts f : facts) {
            if (!startedIn(f, from, to)) {
                continue;
            }
            Set<String> rows = rows(f, per, sectorOf);
            keys.addAll(rows);
            counted.add(new CountedPlacement(f.personId(), rows, measures(f, today)));
        }
        List<String> rowKeys = new ArrayList<>();
        if (per == Per.MONTH) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                rowKeys.add(m.toString());
            }
        } else {
            rowKeys.addAll(keys);
        }
        LocalDate countedTo = today.isBefore(to.atEndOfMonth()) ? today : to.atEndOfMonth();
        return new CountedPeriod(from, to, per, MonitoringTable.count(rowKeys, counted), new Provenance(
                "placements: placement (Plaatsingen)", countedTo,
                "Verschillende personen per cel, geteld naar de startdatum van het werk (" + from + " tot en met "
                        + to + "); duurzaam en uitstroom zoals bekend op " + today + ". Cellen met minder dan "
                        + MonitoringTable.SMALLEST_SHOWN + " personen, en cellen waaruit die terug te rekenen zijn, "
                        + "worden niet getoond." + (per == Per.SECTOR ? " Sectoren zijn de sectoren van de regio "
                        + "(sectorplannen), naar de SBI-sectie van de werkgever." : "")
                        + (per == Per.INSTRUMENT ? " Per instrument: de personen wier plaatsing het instrument "
                        + "gebruikte; een plaatsing met meer instrumenten telt bij elk." : "")
                        + " " + Targets.HOW), Targets.NONE);
    }

    static boolean startedIn(PlacementFacts f, YearMonth from, YearMonth to) {
        return f.startedOn() != null && !YearMonth.from(f.startedOn()).isBefore(from)
                && !YearMonth.from(f.startedOn()).isAfter(to);
    }

    private static Set<String> rows(PlacementFacts f, Per per, Function<String, String> sectorOf) {
        return switch (per) {
            case ORGANISATION -> Set.of(orUnknown(f.organisationId()));
            case SECTOR -> Set.of(orUnknown(sectorOf.apply(f.employerSector())));
            case INSTRUMENT -> f.instruments().stream().map(PlacementFacts.InstrumentUsed::code)
                    .collect(Collectors.toSet());
            case MUNICIPALITY -> Set.of(orUnknown(f.municipalityCode()));
            case TARGET_GROUP -> f.targetGroups();
            case MONTH -> Set.of(YearMonth.from(f.startedOn()).toString());
        };
    }

    private static Set<Measure> measures(PlacementFacts f, LocalDate today) {
        EnumSet<Measure> measures = EnumSet.of(Measure.PLACEMENTS);
        if (f.lasting6On() != null && !f.lasting6On().isAfter(today)) {
            measures.add(Measure.LASTING_6);
            if (f.lasting12On() != null && !f.lasting12On().isAfter(today)) {
                measures.add(Measure.LASTING_12);
            }
        }
        if (f.outflowBenefit() != null && f.outflowOn() != null && !f.outflowOn().isAfter(today)) {
            measures.add(Measure.OUTFLOW);
        }
        return measures;
    }

    private static String orUnknown(String key) {
        return key == null || key.isBlank() ? UNKNOWN : key;
    }
}
