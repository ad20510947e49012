package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.sectorplans.Target;
import nl.werkmotor.sectorplans.TargetKind;
import nl.werkmotor.sectorplans.TargetScope;

/** The API's parameters (every problem named) and its answer: suppressed cells without a count, in JSON and CSV. */
class MonitoringApiTest {

    @Test
    void everyBadParameterIsNamedAtOnce() {
        assertThatThrownBy(() -> MonitoringApi.Query.of("2026-13", "gisteren", "persoon", "xls", YearMonth.of(2026, 12)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reasons()).extracting(Refusal.Reason::field)
                        .containsExactlyInAnyOrder("van", "tot", "per", "formaat"));
        assertThatThrownBy(() -> MonitoringApi.Query.of("2026-06", "2026-01", null, null, YearMonth.of(2026, 12)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reasons()).extracting(Refusal.Reason::field)
                        .containsExactly("van"));
    }

    @Test
    void withoutParametersTheLastTwelveFullMonthsPerOrganisation() {
        MonitoringApi.Query query = MonitoringApi.Query.of(null, null, null, null, YearMonth.of(2026, 12));
        assertThat(query).isEqualTo(new MonitoringApi.Query(YearMonth.of(2025, 12), YearMonth.of(2026, 11),
                Per.ORGANISATION));
    }

    @Test
    void aSuppressedCellHasNoCountInJsonNorCsvAndTheOrganisationSeesItsOwnRowOnly() {
        List<CountedPlacement> placements = new ArrayList<>();
        for (long i = 0; i < 23; i++) {
            placements.add(new CountedPlacement(i, Set.of(i < 3 ? "=klein" : i < 9 ? "b" : "eigen"),
                    EnumSet.of(Measure.PLACEMENTS)));
        }
        CountedPeriod period = new CountedPeriod(YearMonth.of(2025, 1), YearMonth.of(2025, 12), Per.ORGANISATION,
                MonitoringTable.count(List.of("=klein", "b", "eigen"), placements),
                new Provenance("placements: placement", LocalDate.of(2025, 12, 31), "distinct"), Targets.NONE);

        MonitoringApi.Plaatsingen own = MonitoringApi.answer(period, "eigen");
        assertThat(own.rijen()).extracting(MonitoringApi.Rij::sleutel).containsExactly("eigen");
        MonitoringApi.Plaatsingen all = MonitoringApi.answer(period, "=klein");
        assertThat(all.rijen().get(0).cijfers().get("plaatsingen")).isEqualTo(new MonitoringApi.Cijfer(null, null,
                null, true));
        String csv = MonitoringCsv.of(all);
        assertThat(csv).startsWith("organisatie,plaatsingen,duurzaam6,duurzaam12,uitstroom\r\n")
                .contains("\"'=klein\",onderdrukt,").doesNotContain(",3,");
    }

    @Test
    void aYearlyTargetIsProratedToThePeriodsMonthsAndProgressIsHiddenWithItsCount() {
        List<Target> agreed = List.of(
                new Target(2025, TargetScope.REGION, null, TargetKind.PLACEMENTS, 120, "Kernteam", null, null),
                new Target(2026, TargetScope.REGION, null, TargetKind.PLACEMENTS, 240, "Kernteam", null, null),
                new Target(2025, TargetScope.SECTOR, "ZORG", TargetKind.LASTING_PLACEMENTS, 30, "Kernteam", null,
                        null),
                new Target(2025, TargetScope.SECTOR, "ZORG", TargetKind.LASTING_PLACEMENTS, 6, "extra", null, null),
                new Target(2025, TargetScope.ORGANISATION, "eigen", TargetKind.PLACEMENTS, 99, "Kernteam", null,
                        null));
        Targets targets = Targets.of(agreed, YearMonth.of(2025, 7), YearMonth.of(2026, 3), Per.SECTOR);
        assertThat(targets.forRegion(Measure.PLACEMENTS)).contains(60L + 60L); // 6/12 of 120 and 3/12 of 240
        assertThat(targets.forRow("ZORG", Measure.LASTING_6)).contains(18L); // (30 + 6) x 6 / 12
        assertThat(targets.forRow("eigen", Measure.PLACEMENTS)).isEmpty(); // an organisation's: not per sector
        assertThat(targets.forRegion(Measure.OUTFLOW)).isEmpty();

        assertThat(new MonitoringApi.Cijfer(9L, 18L, false).voortgang()).isEqualTo(50L);
        assertThat(new MonitoringApi.Cijfer(null, 18L, true).voortgang()).isNull();
        assertThat(new MonitoringApi.Cijfer(9L, null, false).voortgang()).isNull();
    }
}
