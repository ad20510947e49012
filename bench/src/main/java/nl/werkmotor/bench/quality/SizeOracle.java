package nl.werkmotor.bench.quality;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A ranker re-read by an oracle that knows how {@link ProfileGenerator} sizes a profile: among the
 * ranker's top {@value #DEPTH}, the documents whose profiles would have exactly the query's size
 * come first, each group in the ranker's order. It reads the generator, not the profile, so it is a
 * measuring stick for what the benchmark leaks, never a model for real people (see MissAnalysis).
 */
final class SizeOracle implements Ranker {
    static final int DEPTH = 50;

    private final Ranker ranker;
    private final int[] expectedSizes;

    /** @param expectedSizes per document id, {@link ProfileGenerator#expectedSize} in the setting measured */
    SizeOracle(Ranker ranker, int[] expectedSizes) {
        this.ranker = ranker;
        this.expectedSizes = expectedSizes;
    }

    @Override
    public String name() {
        return ranker.name() + " + size oracle (top " + DEPTH + ")";
    }

    @Override
    public int[] top(SkillQuery query, int k) {
        int[] ranked = ranker.top(query, Math.max(k, DEPTH));
        int size = query.all().length;
        int depth = Math.min(DEPTH, ranked.length);
        var fits = IntStream.range(0, depth).filter(i -> expectedSizes[ranked[i]] == size);
        var others = IntStream.range(0, ranked.length).filter(i -> i >= depth || expectedSizes[ranked[i]] != size);
        return Arrays.copyOf(IntStream.concat(fits, others).map(i -> ranked[i]).toArray(), Math.min(k, ranked.length));
    }
}
