package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkmotor.placements.PlacementFacts;
import nl.werkmotor.placements.PlacementStep;
import nl.werkmotor.savings.RegionalOutcomes;

/**
 * Placements counted by their start, per row, as known today; and the savings calculator's outcomes from the same
 * facts.
 */
class CountingPlacementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final YearMonth FROM = YearMonth.of(2025, 1);
    private static final YearMonth TO = YearMonth.of(2025, 6);

    private static PlacementFacts placement(long id, long person, String organisation, String municipality,
                                            LocalDate started, LocalDate lasting6, LocalDate lasting12,
                                            LocalDate outflow) {
        return new PlacementFacts(id, person, organisation, "am", 1, "CARE", municipality, Set.of("BANENAFSPRAAK"),
                lasting12 != null ? PlacementStep.LASTING_12 : PlacementStep.STARTED, started.minusDays(20),
                started.minusDays(10), null, started, null, lasting6, lasting12, null, 32,
                outflow == null ? null : "BIJSTAND", outflow, List.of());
    }

    private static List<PlacementFacts> region() {
        List<PlacementFacts> facts = new ArrayList<>();
        LocalDate march = LocalDate.of(2025, 3, 1);
        for (long i = 0; i < 12; i++) { // gemeente-a: 12 placed, 10 lasting 6 months, 5 of them 12, 8 outflow
            facts.add(placement(i, i, "gemeente-a", "GM0599", march, i < 10 ? march.plusMonths(6) : null,
                    i < 5 ? march.plusMonths(12) : null, i < 8 ? march : null));
        }
        for (long i = 17; i < 22; i++) { // April: 5 more, and person 0 again
            facts.add(placement(i, i, "gemeente-a", "GM0599", march.plusMonths(1), null, null, null));
        }
        for (long i = 12; i < 15; i++) { // gemeente-b: 3, too few to show
            facts.add(placement(i, i, "gemeente-b", "GM0518", march, null, null, null));
        }
        facts.add(placement(15, 0, "gemeente-a", "GM0599", march.plusMonths(1), null, null, null)); // same person
        facts.add(placement(16, 16, "gemeente-a", "GM0599", LocalDate.of(2024, 12, 1), null, null, null)); // before
        return facts;
    }

    @Test
    void countsDistinctPeopleByStartAndSuppressesTheSmallOrganisationAndTheTotalThatWouldGiveItAway() {
        CountedPeriod period = CountingPlacements.count(FROM, TO, Per.ORGANISATION, region(), TODAY);

        MonitoringTable table = period.table();
        assertThat(table.rows()).extracting(MonitoringTable.Row::key).containsExactly("gemeente-a", "gemeente-b");
        assertThat(table.rows().get(1).cells().get(Measure.PLACEMENTS).suppressed()).isTrue();
        // 12 + 3 = 15: with b hidden, a shown and the total shown, b would be 3; so one of them goes too
        assertThat(table.rows().get(0).cells().get(Measure.PLACEMENTS).suppressed()
                || table.totals().get(Measure.PLACEMENTS).suppressed()).isTrue();
        assertThat(period.provenance().source()).contains("placement");
        assertThat(period.provenance().countedTo()).isEqualTo(TO.atEndOfMonth());
    }

    @Test
    void perMonthHasEveryMonthOfThePeriodAndCountsLastingAsKnownToday() {
        CountedPeriod period = CountingPlacements.count(FROM, TO, Per.MONTH, region(), TODAY);

        assertThat(period.table().rows()).extracting(MonitoringTable.Row::key)
                .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        MonitoringTable.Row march = period.table().rows().get(2);
        assertThat(march.cells().get(Measure.PLACEMENTS).count()).hasValue(15);
        assertThat(march.cells().get(Measure.LASTING_6).count()).hasValue(10);
        assertThat(march.cells().get(Measure.LASTING_12).count()).hasValue(5);
        assertThat(march.cells().get(Measure.OUTFLOW).count()).hasValue(8);
        assertThat(period.table().rows().get(3).cells().get(Measure.PLACEMENTS).count()).hasValue(6);
        assertThat(period.table().rows().get(0).cells().get(Measure.PLACEMENTS).count()).hasValue(0);
        assertThat(period.table().totals().get(Measure.PLACEMENTS).count()).hasValue(20); // distinct people
    }

    @Test
    void theCalculatorGetsPlacementsLastingAndBenefitMonthsFromTheSameFacts() {
        RegionalOutcomes outcomes = RegionalOutcomesFromPlacements.outcomes(FROM, TO, region(), TODAY);

        assertThat(outcomes.placements()).isEqualTo(21); // placements, not people: person 0 twice
        assertThat(outcomes.lastingPlacements()).isEqualTo(5); // 12 months have passed for all: only the 12s
        assertThat(outcomes.benefitMonthsSaved()).isEqualTo(8 * 12);
        assertThat(outcomes.shown()).isTrue();
    }
}
