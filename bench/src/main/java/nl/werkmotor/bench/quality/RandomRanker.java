package nl.werkmotor.bench.quality;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/** The floor: k distinct documents drawn at random, from a stream seeded by the query, so a run repeats. */
final class RandomRanker implements Ranker {
    private final int documents;
    private final long seed;

    RandomRanker(int documents, long seed) {
        this.documents = documents;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public int[] top(SkillQuery query, int k) {
        var random = new SplittableRandom(seed + 31L * Arrays.hashCode(query.essential()) + Arrays.hashCode(query.optional()));
        int wanted = Math.min(k, documents);
        var picked = new BitSet(documents);
        var ids = new int[wanted];
        for (int i = 0; i < wanted; ) {
            int id = random.nextInt(documents);
            if (!picked.get(id)) {
                picked.set(id);
                ids[i++] = id;
            }
        }
        return ids;
    }
}
