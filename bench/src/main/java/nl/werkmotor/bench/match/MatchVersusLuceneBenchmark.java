package nl.werkmotor.bench.match;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import nl.werkmotor.engine.match.Match;

/**
 * Vacancy → top-10 people, Werkmotor against Lucene: one JVM, the same people, the same 10,000
 * ten-skill queries with a region and hours filter, the same scores. Setup refuses to time anything
 * unless the first 1,000 queries give identical ids and scores on both. Sample mode gives p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class MatchVersusLuceneBenchmark {
    @Param("1000000")
    int people;

    @Param("10000")
    int queries;

    private SideBySide sides;
    private int next;

    @Setup(Level.Trial)
    public void build() throws IOException {
        sides = new SideBySide(people, queries);
        String difference = sides.firstDifference(1_000);
        if (difference != null) {
            throw new IllegalStateException("correctness gate failed, nothing timed: " + difference);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        sides.close();
    }

    @Benchmark
    public List<Match> werkmotor() {
        return sides.werkmotor(nextQuery());
    }

    @Benchmark
    public TopDocs lucene() throws IOException {
        return sides.lucene(nextQuery());
    }

    private int nextQuery() {
        int query = next;
        next = query + 1 == queries ? 0 : query + 1;
        return query;
    }
}
