package nl.werkmotor.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.werkmotor.engine.text.ConceptKind;
import nl.werkmotor.engine.text.LabelHit;
import nl.werkmotor.engine.text.LabelIndex;
import nl.werkmotor.engine.text.LabelLanguage;
import nl.werkmotor.engine.text.LabelQuery;
import nl.werkmotor.engine.text.LabelType;

/**
 * How long does one type-ahead keystroke take on the whole ESCO v1.1.1 (all English and Dutch labels
 * and Dutch crosswalk titles, about 170,000)? Each call answers one query: a prefix, cut at a random
 * keystroke, of a random Dutch or English preferred or alternative label, searched among concepts of
 * the label's kind with its language preferred, k = 10. SampleTime gives the latency distribution
 * (p50, p95, p99). Before timing, the acceptance queries of the taxonomy search must answer right,
 * or the benchmark fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class TaxonomySearchBenchmark {

    private static final long SEED = 20261129L;
    private static final int QUERIES = 4096;
    private static final int K = 10;

    static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    static final String SKILL = "http://data.europa.eu/esco/skill/";

    LabelIndex index;
    private List<String> uris;
    LabelQuery[] queries;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        long start = System.nanoTime();
        List<EscoLabelFiles.ConceptLabel> labels = EscoLabelFiles.read(EscoLabelFiles.sharedData());
        long read = System.nanoTime();
        EscoIndex esco = EscoIndex.of(labels);
        index = esco.index();
        uris = esco.uris();
        System.out.printf("%n%d labels of %d concepts: files read in %d ms, index built in %d ms%n", index.size(),
                index.concepts(), (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        checkAcceptanceQueries();
        queries = typeAheadQueries(labels);
    }

    @Benchmark
    public List<LabelHit> typeAhead() {
        LabelQuery query = queries[next];
        next = (next + 1) % queries.length;
        return index.search(query);
    }

    /** The checks of the foundation issue; timing a search that answers wrong would measure nothing. */
    private void checkAcceptanceQueries() {
        expect("buschauffeur", ConceptKind.OCCUPATION, LabelLanguage.NL, 3, OCCUPATION + "00cee175-1376-43fb-9f02-ba3d7a910a58");
        expect("bus driver", ConceptKind.OCCUPATION, LabelLanguage.EN, 1, OCCUPATION + "00cee175-1376-43fb-9f02-ba3d7a910a58");
        expect("heftruck", ConceptKind.OCCUPATION, LabelLanguage.NL, 3, OCCUPATION + "eeac6251-1974-42f5-91ed-513c6c883755");
        expect("heftruck", ConceptKind.SKILL, LabelLanguage.NL, 3, SKILL + "28cb374e-6261-4133-8371-f9a5470145da");
        expect("verzorgende", ConceptKind.OCCUPATION, LabelLanguage.NL, 5, OCCUPATION + "d38c2107-98f2-47b7-8bb4-f69750d51082");
        expect("Verzorgenden", ConceptKind.OCCUPATION, LabelLanguage.NL, 5, OCCUPATION + "87d0795a-d41f-47ee-979f-0ab7d73836e7");
        expect("INSPICIENT", ConceptKind.OCCUPATION, LabelLanguage.NL, 1, OCCUPATION + "00030d09-2b3a-4efd-87cc-c4ea39d27c34");
        System.out.println("acceptance queries: all answered right");
    }

    private void expect(String text, ConceptKind kind, LabelLanguage language, int within, String uri) {
        List<String> found = index.search(new LabelQuery(text, kind, language, within)).stream()
                .map(hit -> uris.get(hit.conceptId())).toList();
        if (!found.contains(uri)) {
            throw new IllegalStateException("'" + text + "' should find " + uri + " in the top " + within + ", found " + found);
        }
    }

    /** Prefixes of random preferred and alternative labels, cut at a random keystroke after the second. */
    private static LabelQuery[] typeAheadQueries(List<EscoLabelFiles.ConceptLabel> labels) {
        List<EscoLabelFiles.ConceptLabel> typed = labels.stream()
                .filter(l -> l.type() == LabelType.PREFERRED || l.type() == LabelType.ALTERNATIVE).toList();
        Random random = new Random(SEED);
        LabelQuery[] queries = new LabelQuery[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            EscoLabelFiles.ConceptLabel label = typed.get(random.nextInt(typed.size()));
            String text = label.text();
            int length = Math.min(text.length(), 2 + random.nextInt(Math.max(1, text.length() - 1)));
            queries[i] = new LabelQuery(text.substring(0, length), label.kind(), label.language(), K);
        }
        return queries;
    }
}
