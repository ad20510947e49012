package nl.werkmotor.engine.match;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Not a test: builds the index for a synthetic population and times vacancy → top-10 people with
 * the region and hours filters, single thread. Run (after {@code ./mvnw -pl engine test-compile}):
 * <pre>
 * java -Xmx1500m -cp engine/target/classes:engine/target/test-classes nl.werkmotor.engine.match.MatchTiming [people] [queries]
 * </pre>
 */
public final class MatchTiming {
    private MatchTiming() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        var population = new SyntheticPopulation(42);
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        long startCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        var index = new MatchIndex(population.graph, population.occupations);
        for (int id = 0; id < people; id++) {
            index.putPerson(population.person(id));
        }
        long buildNanos = System.nanoTime() - start;
        long buildCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu;
        long heapIndex = usedHeapAfterGc() - heapBefore;
        System.out.printf("built %,d people in %.1f s (%.1f s CPU, generating them included); index heap %,d MB"
                + " (max heap %,d MB)%n", index.peopleCount(), buildNanos / 1e9, buildCpuNanos / 1e9, heapIndex >> 20,
                Runtime.getRuntime().maxMemory() >> 20);

        time("vacancy -> top-10 people (region, hours, all filters)", queries,
                i -> index.peopleFor(population.vacancy(i), Viewer.PARTNER, 10).size());
        for (int id = 0; id < 200_000; id++) {
            index.putVacancy(population.vacancy(id));
        }
        time("person -> top-10 vacancies (of 200,000)", queries, i -> index.vacanciesFor(population.person(i), 10).size());
        time("skills -> top-10 occupations", queries,
                i -> index.occupationsFor(population.person(i).claims(), 10).size());
    }

    private static void time(String what, int queries, java.util.function.IntUnaryOperator query) {
        int warmup = Math.min(queries, 2_000);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += query.applyAsInt(1_000_000 + i);
        }
        // Wall time, and this thread's CPU time, which a machine shared with other builds disturbs less.
        var wall = new long[queries];
        var cpu = new long[queries];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < queries; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += query.applyAsInt(i);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        System.out.printf("%s: %,d queries (results %d)%n  wall %s%n  cpu  %s%n", what, queries, sink,
                percentiles(wall), percentiles(cpu));
    }

    private static String percentiles(long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        return String.format("p50 %.3f ms, p99 %.3f ms, max %.3f ms", nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6,
                nanos[n - 1] / 1e6);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
