package nl.werkmotor.engine.match.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bounded heap against sorting everything, with many equal scores so the id tie-break is exercised. */
class TopKTest {
    record Hit(int id, float score) {
    }

    @Test
    void keepsTheBestKWithTiesToTheLowerId() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int round = 0; round < 2_000; round++) {
            int k = 1 + random.nextInt(20);
            var top = new TopK(k);
            var all = new ArrayList<Hit>();
            for (int n = random.nextInt(100); n > 0; n--) {
                var hit = new Hit(random.nextInt(1_000), random.nextInt(8) / 8f);
                if (all.stream().noneMatch(h -> h.id() == hit.id())) {
                    all.add(hit);
                    if (top.competitive(hit.id(), hit.score())) {
                        top.offer(hit.id(), hit.score());
                    }
                }
            }
            var ids = new int[k];
            var scores = new float[k];
            int count = top.drainBestFirst(ids, scores);

            var expected = all.stream()
                    .sorted(Comparator.comparing(Hit::score).reversed().thenComparingInt(Hit::id))
                    .limit(k).toList();
            var actual = new ArrayList<Hit>();
            for (int i = 0; i < count; i++) {
                actual.add(new Hit(ids[i], scores[i]));
            }
            assertThat(actual).as("seed %d round %d", seed, round).isEqualTo(expected);
        }
    }
}
