package nl.werkmotor.monitoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The funnel of a period (showcase consent, introduction, yes, interview, placement, lasting) as distinct people,
 * each step counting the people of the step before who also reached it, so that the steps are nested by
 * construction; with the conversion from each step to the next. Suppressed like {@link MonitoringTable}: no step of
 * 1 to 4 people is shown, and no two shown steps differ by 1 to 4 (that difference is the people who stopped between
 * them); where they would, the later step is suppressed, until nothing changes. A conversion is shown only between
 * two shown steps. Pure: person ids come in only to count people once and never leave.
 */
public final class Funnel {

    /** A step of the funnel, in order. */
    public enum Step {
        CONSENT("toestemming", "showcase consent"),
        INTRODUCED("voorgesteld", "introduced"),
        YES("ja", "said yes"),
        INTERVIEW("gesprek", "interview"),
        PLACED("geplaatst", "placed"),
        LASTING("duurzaam", "lasting 6 months");

        private final String field;
        private final String english;

        Step(String field, String english) {
            this.field = field;
            this.english = english;
        }

        public String field() {
            return field;
        }

        public String english() {
            return english;
        }
    }

    /**
     * A step's figure: its count, none when suppressed; the conversion from the step before as a whole percent, none
     * for the first step or when either is suppressed.
     */
    public record Figure(Step step, OptionalLong count, OptionalLong conversion) {

        public boolean suppressed() {
            return count.isEmpty();
        }
    }

    private final List<Figure> figures;

    private Funnel(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }

    public List<Figure> figures() {
        return figures;
    }

    /** @param reached per step, the people who reached it in the period (a step missing: nobody) */
    public static Funnel count(Map<Step, Set<Long>> reached) {
        Step[] steps = Step.values();
        long[] value = new long[steps.length];
        Set<Long> still = null;
        for (Step step : steps) {
            Set<Long> here = reached.getOrDefault(step, Set.of());
            still = still == null ? new HashSet<>(here) : intersect(still, here);
            value[step.ordinal()] = still.size();
        }
        boolean[] hidden = suppress(value);
        List<Figure> figures = new ArrayList<>();
        for (int k = 0; k < steps.length; k++) {
            OptionalLong count = hidden[k] ? OptionalLong.empty() : OptionalLong.of(value[k]);
            OptionalLong conversion = k == 0 || hidden[k] || hidden[k - 1] || value[k - 1] == 0 ? OptionalLong.empty()
                    : OptionalLong.of(Math.round(100.0 * value[k] / value[k - 1]));
            figures.add(new Figure(steps[k], count, conversion));
        }
        return new Funnel(figures);
    }

    /** Which of the nested counts (never increasing) are not shown. */
    static boolean[] suppress(long[] value) {
        boolean[] hidden = new boolean[value.length];
        for (int k = 0; k < value.length; k++) {
            hidden[k] = small(value[k]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < value.length; i++) {
                for (int j = i + 1; j < value.length; j++) {
                    if (!hidden[i] && !hidden[j] && small(Math.abs(value[i] - value[j]))) {
                        hidden[j] = true;
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    /** The counts per step as a map, for tests and views: suppressed steps absent. */
    public Map<Step, Long> shown() {
        Map<Step, Long> shown = new EnumMap<>(Step.class);
        figures.forEach(f -> f.count().ifPresent(c -> shown.put(f.step(), c)));
        return shown;
    }

    private static Set<Long> intersect(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static boolean small(long count) {
        return count > 0 && count < MonitoringTable.SMALLEST_SHOWN;
    }
}
