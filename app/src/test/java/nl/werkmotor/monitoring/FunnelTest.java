package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The funnel on random regions against a brute-force count: each shown step is the number of people who reached it
 * and every step before; no shown step is 1 to 4 people, nor are two shown steps 1 to 4 apart; a conversion only
 * between two shown steps.
 */
class FunnelTest {

    @Test
    void aStepOneAwayFromTheStepBeforeIsSuppressedAndSoIsItsConversion() {
        Map<Funnel.Step, Set<Long>> reached = new EnumMap<>(Funnel.Step.class);
        reached.put(Funnel.Step.CONSENT, people(0, 40));
        reached.put(Funnel.Step.INTRODUCED, people(0, 20));
        reached.put(Funnel.Step.YES, people(0, 19)); // 20 - 19 = one said no
        reached.put(Funnel.Step.INTERVIEW, people(0, 10));
        reached.put(Funnel.Step.PLACED, LongStream.concat(LongStream.range(0, 8), LongStream.of(99)).boxed()
                .collect(Collectors.toSet())); // 99 was never introduced: not counted
        reached.put(Funnel.Step.LASTING, people(0, 3));

        Funnel funnel = Funnel.count(reached);

        assertThat(funnel.shown()).containsExactly(Map.entry(Funnel.Step.CONSENT, 40L),
                Map.entry(Funnel.Step.INTRODUCED, 20L), Map.entry(Funnel.Step.INTERVIEW, 10L));
        List<Funnel.Figure> f = funnel.figures();
        assertThat(f.get(1).conversion()).hasValue(50);
        assertThat(f.get(2).conversion()).isEmpty();
        assertThat(f.get(3).conversion()).isEmpty(); // 10 of a suppressed 19
        assertThat(f.get(4).suppressed()).isTrue(); // 8: 10 - 8 = 2
        assertThat(f.get(5).suppressed()).isTrue(); // 3
    }

    @RepeatedTest(300)
    void randomRegionsCountLikeBruteForceAndGiveNoSmallFigureAwayBySubtraction() {
        Random random = new Random();
        int people = random.nextInt(60);
        Map<Funnel.Step, Set<Long>> reached = new EnumMap<>(Funnel.Step.class);
        for (Funnel.Step step : Funnel.Step.values()) {
            Set<Long> here = new HashSet<>();
            double chance = random.nextDouble();
            for (long p = 0; p < people; p++) {
                if (random.nextDouble() < chance) {
                    here.add(p);
                }
            }
            reached.put(step, here);
        }

        Funnel funnel = Funnel.count(reached);

        Map<Funnel.Step, Long> shown = funnel.shown();
        for (Funnel.Step step : shown.keySet()) {
            long brute = LongStream.range(0, people).filter(p -> reached.entrySet().stream()
                    .filter(e -> e.getKey().ordinal() <= step.ordinal()).allMatch(e -> e.getValue().contains(p)))
                    .count();
            assertThat(shown.get(step)).isEqualTo(brute);
            assertThat(shown.get(step)).matches(c -> c == 0 || c >= 5, "no step of 1 to 4");
            for (Funnel.Step other : shown.keySet()) {
                long difference = Math.abs(shown.get(step) - shown.get(other));
                assertThat(difference).matches(d -> d == 0 || d >= 5, "no difference of 1 to 4");
            }
        }
        for (Funnel.Figure f : funnel.figures()) {
            int k = f.step().ordinal();
            if (f.conversion().isPresent()) {
                assertThat(f.suppressed() || funnel.figures().get(k - 1).suppressed()).isFalse();
            }
        }
    }

    private static Set<Long> people(long from, long to) {
        return LongStream.range(from, to).boxed().collect(Collectors.toSet());
    }
}
