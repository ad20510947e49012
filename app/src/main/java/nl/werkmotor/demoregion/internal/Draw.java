package nl.werkmotor.demoregion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws from one seeded source. Everything the generator makes goes through one of these, in
 * a fixed order, so the same seed gives the same region.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** An int in [min, max]. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T oneOf(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** One of {@code choices}, each as likely as its weight. */
    <T> T weighted(Weighted<T> choices) {
        return choices.pick(random.nextDouble());
    }

    /** Up to {@code k} distinct items, in drawn order (a partial Fisher-Yates shuffle of the indices). */
    <T> List<T> sample(List<T> items, int k) {
        int n = items.size();
        int take = Math.min(k, n);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        List<T> sample = new ArrayList<>(take);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(n - i);
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
            sample.add(items.get(index[i]));
        }
        return sample;
    }
}
