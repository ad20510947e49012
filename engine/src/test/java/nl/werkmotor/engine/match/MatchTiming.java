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
        var index = new MatchIndex(population.graph, population.occupations);
        for (int id = 0; id < people; id++) {
            index.putPerson(population.person(id));
        }
        long buildNanos = System.nanoTime() - start;
        long heapIndex = usedHeapAfterGc() - heapBefore;
        System.out.printf("built %,d people in %.1f s; index heap %,d MB (max heap %,d MB)%n", index.peopleCount(),
                buildNanos / 1e9, heapIndex >> 20, Runtime.getRuntime().maxMemory() >> 20);

        time("vacancy -> top-10 people (region, hours, all filters)", queries, i -> {
            var matches = index.peopleFor(population.vacancy(i), Viewer.PARTNER, 10);
            return matches.size();
        });
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
        var nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            sink += query.applyAsInt(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %,d queries, p50 %.3f ms, p99 %.3f ms, max %.3f ms (results %d)%n", what, queries,
                nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6, sink);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
