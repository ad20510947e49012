package nl.werkmotor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import nl.werkmotor.engine.text.LabelQuery;

/**
 * How much of the latency tail of {@link TaxonomySearchBenchmark} is the search itself? Times the same
 * queries by the CPU time of the searching thread, which does not count waiting for a core on a busy
 * machine, and prints the percentiles and the dearest queries. Run with {@code bench/run-search.sh --cpu-time}.
 */
public final class TaxonomySearchCpuTime {

    private static final int WARM_UP_ROUNDS = 20;

    private TaxonomySearchCpuTime() {
    }

    public static void main(String[] args) {
        TaxonomySearchBenchmark benchmark = new TaxonomySearchBenchmark();
        benchmark.load();
        LabelQuery[] queries = benchmark.queries;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (LabelQuery query : queries) {
                benchmark.index.search(query);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long start = threads.getCurrentThreadCpuTime();
            benchmark.index.search(queries[i]);
            nanos[i] = threads.getCurrentThreadCpuTime() - start;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("CPU time per query, %d queries: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        IntStream.range(0, queries.length).boxed().sorted(Comparator.comparingLong(i -> -nanos[i])).limit(5)
                .forEach(i -> System.out.printf("  %.3f ms  '%s' (%s)%n", nanos[i] / 1e6, queries[i].text(), queries[i].kind()));
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
