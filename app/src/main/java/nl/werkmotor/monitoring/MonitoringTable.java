package nl.werkmotor.monitoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A table of counts of distinct people, rows by some grouping and one column per {@link Measure}, with a published
 * total per column (the region: distinct people, so not always the sum of the rows when a person counts in several),
 * after suppression: no figure of fewer than {@value #SMALLEST_SHOWN} people is shown, and none can be worked out
 * from what is shown.
 * <ul>
 * <li><b>Primary</b>: a cell (or total) of 1 to 4 people is suppressed; 0 is shown (it points at nobody).</li>
 * <li><b>Complementary, per column</b>: where a column has a suppressed cell and a shown total, at least two cells are
 * suppressed and the total less the shown cells is at least {@value #SMALLEST_SHOWN}; otherwise the smallest shown cell
 * is suppressed too, and when none is left, the total.</li>
 * <li><b>Differences, per row</b>: a nested measure (lasting within placements) whose difference with its outer measure
 * in the same row is 1 to 4 people is suppressed as well (7 placements, 6 lasting would say "one did not last").</li>
 * </ul>
 * The rules repeat until nothing changes. Pure: no database, no Spring; tested against a brute-force check.
 */
public final class MonitoringTable {

    public static final int SMALLEST_SHOWN = 5;

    /** A figure: its count, or none when suppressed. */
    public record Cell(OptionalLong count) {
        static final Cell SUPPRESSED = new Cell(OptionalLong.empty());

        public boolean suppressed() {
            return count.isEmpty();
        }
    }

    public record Row(String key, Map<Measure, Cell> cells) {
    }

    private final List<Row> rows;
    private final Map<Measure, Cell> totals;

    private MonitoringTable(List<Row> rows, Map<Measure, Cell> totals) {
        this.rows = List.copyOf(rows);
        this.totals = totals;
    }

    public List<Row> rows() {
        return rows;
    }

    public Map<Measure, Cell> totals() {
        return totals;
    }

    /**
     * Counts the placements into the rows (in the given order; a placement with a row not listed counts in the total
     * only) and suppresses.
     */
    public static MonitoringTable count(List<String> rowKeys, List<CountedPlacement> placements) {
        Measure[] measures = Measure.values();
        Map<String, Integer> index = new LinkedHashMap<>();
        rowKeys.forEach(k -> index.putIfAbsent(k, index.size()));
        int n = index.size();
        List<List<Set<Long>>> people = new ArrayList<>();
        for (int r = 0; r <= n; r++) {
            List<Set<Long>> perMeasure = new ArrayList<>();
            for (int m = 0; m < measures.length; m++) {
                perMeasure.add(new HashSet<>());
            }
            people.add(perMeasure);
        }
        for (CountedPlacement p : placements) {
            for (Measure m : p.measures()) {
                people.get(n).get(m.ordinal()).add(p.personId());
                for (String row : p.rows()) {
                    Integer r = index.get(row);
                    if (r != null) {
                        people.get(r).get(m.ordinal()).add(p.personId());
                    }
                }
            }
        }
        long[][] value = new long[n + 1][measures.length];
        for (int r = 0; r <= n; r++) {
            for (int m = 0; m < measures.length; m++) {
                value[r][m] = people.get(r).get(m).size();
            }
        }
        boolean[][] suppressed = suppress(value, n);
        List<Row> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>(index.keySet());
        for (int r = 0; r < n; r++) {
            rows.add(new Row(keys.get(r), cells(value[r], suppressed[r])));
        }
        return new MonitoringTable(rows, cells(value[n], suppressed[n]));
    }

    private static Map<Measure, Cell> cells(long[] value, boolean[] suppressed) {
        Map<Measure, Cell> cells = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            cells.put(m, suppressed[m.ordinal()] ? Cell.SUPPRESSED : new Cell(OptionalLong.of(value[m.ordinal()])));
        }
        return Map.copyOf(cells);
    }

    /** Row {@code n} of {@code value} is the totals. */
    static boolean[][] suppress(long[][] value, int n) {
        int columns = Measure.values().length;
        boolean[][] hidden = new boolean[n + 1][columns];
        for (int r = 0; r <= n; r++) {
            for (int m = 0; m < columns; m++) {
                hidden[r][m] = small(value[r][m]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= n; r++) {
                for (Measure m : Measure.values()) {
                    Measure outer = m.within();
                    if (outer != null && !hidden[r][m.ordinal()] && !hidden[r][outer.ordinal()]
                            && small(value[r][outer.ordinal()] - value[r][m.ordinal()])) {
                        hidden[r][m.ordinal()] = true;
                        changed = true;
                    }
                }
            }
            for (int m = 0; m < columns; m++) {
                changed |= protectColumn(value, hidden, n, m);
            }
        }
        return hidden;
    }

    /** Whether the column needed more suppression; suppresses until it is safe. */
    private static boolean protectColumn(long[][] value, boolean[][] hidden, int n, int m) {
        boolean changed = false;
        while (!hidden[n][m] && !safe(value, hidden, n, m)) {
            boolean needsPeople = residual(value, hidden, n, m) < SMALLEST_SHOWN;
            int smallest = -1;
            for (int r = 0; r < n; r++) {
                if (!hidden[r][m] && (!needsPeople || value[r][m] > 0)
                        && (smallest < 0 || value[r][m] < value[smallest][m])) {
                    smallest = r;
                }
            }
            if (smallest < 0) {
                hidden[n][m] = true;
            } else {
                hidden[smallest][m] = true;
            }
            changed = true;
        }
        return changed;
    }

    private static boolean safe(long[][] value, boolean[][] hidden, int n, int m) {
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (hidden[r][m]) {
                count++;
            }
        }
        return count == 0 || count >= 2 && residual(value, hidden, n, m) >= SMALLEST_SHOWN;
    }

    /** What the shown total less the shown cells of the column leaves for the suppressed ones together. */
    private static long residual(long[][] value, boolean[][] hidden, int n, int m) {
        long residual = value[n][m];
        for (int r = 0; r < n; r++) {
            if (!hidden[r][m]) {
                residual -= value[r][m];
            }
        }
        return residual;
    }

    private static boolean small(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }
}
