package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The suppressed table against a slow twin: random regions (seed printed), every shown figure equal to a direct
 * count of distinct people, and no figure under 5 shown or recoverable from a shown total less shown cells (all
 * completions of a column enumerated) or from a shown nested difference in a row.
 */
class MonitoringTableTest {

    @Test
    void aRowOfThreeIsSuppressedWithTheNextSmallestSoTheTotalDoesNotGiveItAway() {
        List<CountedPlacement> placements = new ArrayList<>();
        long id = 0;
        for (int i = 0; i < 3; i++) {
            placements.add(new CountedPlacement(id++, Set.of("A"), EnumSet.of(Measure.PLACEMENTS)));
        }
        for (int i = 0; i < 6; i++) {
            placements.add(new CountedPlacement(id++, Set.of("B"), EnumSet.of(Measure.PLACEMENTS)));
        }
        for (int i = 0; i < 20; i++) {
            placements.add(new CountedPlacement(id++, Set.of("C"), EnumSet.of(Measure.PLACEMENTS)));
        }
        MonitoringTable table = MonitoringTable.count(List.of("A", "B", "C"), placements);

        assertThat(table.rows().get(0).cells().get(Measure.PLACEMENTS).suppressed()).isTrue();
        assertThat(table.rows().get(1).cells().get(Measure.PLACEMENTS).suppressed()).isTrue();
        assertThat(table.rows().get(2).cells().get(Measure.PLACEMENTS).count()).hasValue(20);
        assertThat(table.totals().get(Measure.PLACEMENTS).count()).hasValue(29);
    }

    @Test
    void sevenPlacedOfWhomSixLastedHidesTheSixNotToSayOneDidNotLast() {
        List<CountedPlacement> placements = new ArrayList<>();
        for (long i = 0; i < 7; i++) {
            placements.add(new CountedPlacement(i, Set.of("A"), i < 6 ? EnumSet.of(Measure.PLACEMENTS,
                    Measure.LASTING_6) : EnumSet.of(Measure.PLACEMENTS)));
        }
        MonitoringTable table = MonitoringTable.count(List.of("A"), placements);

        assertThat(table.totals().get(Measure.PLACEMENTS).count()).hasValue(7);
        assertThat(table.totals().get(Measure.LASTING_6).suppressed()).isTrue();
    }

    @Test
    void randomRegionsAgreeWithABruteForceCountAndRevealNoSmallCell() {
        long seed = System.nanoTime();
        System.out.println("MonitoringTableTest seed " + seed);
        Random random = new Random(seed);
        for (int round = 0; round < 400; round++) {
            boolean overlapping = random.nextBoolean();
            int rowCount = 1 + random.nextInt(7);
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                rows.add("row" + r);
            }
            int people = random.nextInt(60);
            List<CountedPlacement> placements = new ArrayList<>();
            for (long person = 0; person < people; person++) {
                // rowCount: a row not listed, counted in the total only (where the total is no sum anyway)
                int own = random.nextInt(overlapping ? rowCount + 1 : rowCount);
                int times = overlapping ? 1 + random.nextInt(2) : 1;
                for (int t = 0; t < times; t++) {
                    Set<String> in = new HashSet<>();
                    in.add(own == rowCount ? "elsewhere" : rows.get(own));
                    if (overlapping && random.nextInt(3) == 0) {
                        in.add(rows.get(random.nextInt(rowCount)));
                    }
                    EnumSet<Measure> measures = EnumSet.of(Measure.PLACEMENTS);
                    if (random.nextInt(3) > 0) {
                        measures.add(Measure.LASTING_6);
                        if (random.nextBoolean()) {
                            measures.add(Measure.LASTING_12);
                        }
                    }
                    if (random.nextBoolean()) {
                        measures.add(Measure.OUTFLOW);
                    }
                    placements.add(new CountedPlacement(person, in, measures));
                }
            }
            check(seed, MonitoringTable.count(rows, placements), rows, placements, !overlapping);
        }
    }

    private static void check(long seed, MonitoringTable table, List<String> rows, List<CountedPlacement> placements,
                              boolean additive) {
        String replay = "seed " + seed;
        assertThat(table.rows()).extracting(MonitoringTable.Row::key).as(replay).containsExactlyElementsOf(rows);
        Map<String, Map<Measure, Long>> direct = new HashMap<>();
        for (String row : rows) {
            for (Measure m : Measure.values()) {
                direct.computeIfAbsent(row, k -> new HashMap<>()).put(m, placements.stream()
                        .filter(p -> p.rows().contains(row) && p.measures().contains(m))
                        .map(CountedPlacement::personId).distinct().count());
            }
        }
        for (Measure m : Measure.values()) {
            long total = placements.stream().filter(p -> p.measures().contains(m)).map(CountedPlacement::personId)
                    .distinct().count();
            table.totals().get(m).count().ifPresent(shown -> assertThat(shown).as(replay).isEqualTo(total));
            assertVisibleNotSmall(table.totals().get(m), replay);
            for (MonitoringTable.Row row : table.rows()) {
                MonitoringTable.Cell cell = row.cells().get(m);
                cell.count().ifPresent(shown -> assertThat(shown).as(replay).isEqualTo(direct.get(row.key()).get(m)));
                assertVisibleNotSmall(cell, replay);
            }
            if (table.totals().get(m).count().isPresent()) {
                assertNoSuppressedCellRecoverable(table, m, total, additive, replay);
            }
        }
        List<Map<Measure, MonitoringTable.Cell>> lines = new ArrayList<>(table.rows().stream()
                .map(MonitoringTable.Row::cells).toList());
        lines.add(table.totals());
        for (Map<Measure, MonitoringTable.Cell> line : lines) {
            for (Measure m : Measure.values()) {
                if (m.within() != null && line.get(m).count().isPresent() && line.get(m.within()).count().isPresent()) {
                    long difference = line.get(m.within()).count().getAsLong() - line.get(m).count().getAsLong();
                    assertThat(difference > 0 && difference < 5).as(replay + ": difference " + m).isFalse();
                }
            }
        }
    }

    private static void assertVisibleNotSmall(MonitoringTable.Cell cell, String replay) {
        cell.count().ifPresent(shown -> assertThat(shown == 0 || shown >= 5).as(replay + ": " + shown).isTrue());
    }

    /**
     * Every way to fill the suppressed cells of the column with counts that add up to the shown total (additive
     * tables), enumerated: each suppressed cell must be able to take more than one value, and one of at least 5.
     * Where people count in several rows, the total is no sum; then what the total less the shown cells leaves must
     * still be at least 5, or the suppressed cells would be known to be small together.
     */
    private static void assertNoSuppressedCellRecoverable(MonitoringTable table, Measure m, long total,
                                                          boolean additive, String replay) {
        long shownSum = table.rows().stream().mapToLong(r -> r.cells().get(m).count().orElse(0)).sum();
        int suppressed = (int) table.rows().stream().filter(r -> r.cells().get(m).suppressed()).count();
        if (suppressed == 0) {
            return;
        }
        long residual = total - shownSum;
        assertThat(residual).as(replay + ": left for the suppressed in " + m).isGreaterThanOrEqualTo(5);
        if (!additive) {
            return;
        }
        List<Set<Long>> possible = new ArrayList<>();
        for (int i = 0; i < suppressed; i++) {
            possible.add(new TreeSet<>());
        }
        if (suppressed > 3) { // too many fillings to list: each of the cells ranges over 0 to the residual
            return;
        }
        enumerate(new long[suppressed], 0, residual, possible);
        for (Set<Long> values : possible) {
            assertThat(values).as(replay + ": values a suppressed " + m + " could have").hasSizeGreaterThan(1);
            assertThat(values.stream().anyMatch(v -> v >= 5)).as(replay).isTrue();
        }
    }

    /** All non-negative fillings adding up to {@code left}. */
    private static void enumerate(long[] filled, int at, long left, List<Set<Long>> possible) {
        if (at == filled.length - 1) {
            filled[at] = left;
            for (int i = 0; i < filled.length; i++) {
                possible.get(i).add(filled[i]);
            }
            return;
        }
        for (long v = 0; v <= left; v++) {
            filled[at] = v;
            enumerate(filled, at + 1, left - v, possible);
        }
    }
}
