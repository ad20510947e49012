package nl.werkmotor.bench.match;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Quick mode of the side-by-side benchmark (the JMH one is {@link MatchVersusLuceneBenchmark}):
 * builds both indexes, checks the gate on the first 1,000 queries (which also warms both up), then
 * times every query on both, interleaved, single thread, in thread CPU time. The last line gives the gate and the ours/Lucene ratios.
 * <pre>bench/run-match.sh --people 200000 --queries 2000</pre>
 */
public final class MatchVersusLucene {
    private MatchVersusLucene() {
    }

    public static void main(String[] args) throws Exception {
        int people = option(args, "--people", 200_000);
        int queries = option(args, "--queries", 2_000);
        try (var sides = new SideBySide(people, queries)) {
            System.out.printf("built %,d people: werkmotor %.1f s, lucene %.1f s (%,d documents)%n", people,
                    sides.werkmotorBuildSeconds, sides.luceneBuildSeconds, sides.lucene.documents());
            int gated = Math.min(1_000, queries);
            String difference = sides.firstDifference(gated);
            if (difference != null) {
                System.out.println("gate FAILED, nothing timed: " + difference);
                System.exit(1);
            }
            var threads = ManagementFactory.getThreadMXBean();
            var ours = new long[queries];
            var theirs = new long[queries];
            // The gate has run the first 1,000 queries on both: that was the warm-up.
            for (int q = 0; q < queries; q++) {
                long start = threads.getCurrentThreadCpuTime();
                sides.werkmotor(q);
                long middle = threads.getCurrentThreadCpuTime();
                sides.lucene(q);
                ours[q] = middle - start;
                theirs[q] = threads.getCurrentThreadCpuTime() - middle;
            }
            Arrays.sort(ours);
            Arrays.sort(theirs);
            System.out.printf("werkmotor: p50 %.3f ms, p99 %.3f ms (thread CPU time, k = %d)%n", millis(ours, 0.5),
                    millis(ours, 0.99), SideBySide.K);
            System.out.printf("lucene:    p50 %.3f ms, p99 %.3f ms%n", millis(theirs, 0.5), millis(theirs, 0.99));
            System.out.printf("gate: %d of %d queries identical (ids and scores); ours/lucene p50 %.2f, p99 %.2f%n",
                    gated, gated, millis(ours, 0.5) / millis(theirs, 0.5), millis(ours, 0.99) / millis(theirs, 0.99));
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
