package nl.werkmotor.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.werkmotor.placements.FindPlacements;
import nl.werkmotor.placements.PlacementFacts;
import nl.werkmotor.savings.FindRegionalOutcomes;
import nl.werkmotor.savings.RegionalOutcomes;

/**
 * The savings calculator's port, fed from the region's placements: the placements that started in the period, of
 * those the ones that lasted (12 months, or 6 when 12 months since the start have not yet passed), and the benefit
 * months saved: per placement whose person left a benefit, the full months from the outflow to the end of the work
 * (or today), at most 12 (the calculator reads it as months saved per lasting placement per year). Savings shows
 * nothing below {@link RegionalOutcomes#SMALLEST_SHOWN} lasting placements.
 */
@Component
class RegionalOutcomesFromPlacements implements FindRegionalOutcomes {

    private final FindPlacements placements;
    private final Clock clock;

    @Autowired
    RegionalOutcomesFromPlacements(FindPlacements placements) {
        this(placements, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    RegionalOutcomesFromPlacements(FindPlacements placements, Clock clock) {
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    public RegionalOutcomes between(YearMonth from, YearMonth to) {
        return outcomes(from, to, placements.facts(from.atDay(1), to.atEndOfMonth()), LocalDate.now(clock));
    }

    static RegionalOutcomes outcomes(YearMonth from, YearMonth to, List<PlacementFacts> facts, LocalDate today) {
        long placed = 0;
        long lasting = 0;
        long monthsSaved = 0;
        for (PlacementFacts f : facts) {
            if (!CountingPlacements.startedIn(f, from, to)) {
                continue;
            }
            placed++;
            boolean twelvePassed = !f.startedOn().plusMonths(12).isAfter(today);
            if (known(f.lasting12On(), today) || !twelvePassed && known(f.lasting6On(), today)) {
                lasting++;
            }
            if (f.outflowBenefit() != null && known(f.outflowOn(), today)) {
                LocalDate until = f.endedOn() != null && f.endedOn().isBefore(today) ? f.endedOn() : today;
                monthsSaved += Math.max(0, Math.min(12, ChronoUnit.MONTHS.between(f.outflowOn(), until)));
            }
        }
        return new RegionalOutcomes(from, to, placed, lasting, monthsSaved,
                "Werkmotor, module Plaatsingen (tabel placement), naar startdatum, geteld tot " + today);
    }

    private static boolean known(LocalDate day, LocalDate today) {
        return day != null && !day.isAfter(today);
    }
}
