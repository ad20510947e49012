package nl.werkmotor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import nl.werkmotor.engine.text.LabelLanguage;
import nl.werkmotor.engine.text.TextLinker;
import nl.werkmotor.engine.text.TextMention;
import nl.werkmotor.engine.text.TextTooComplex;

/**
 * How long does linking a text of up to 20,000 characters (what {@code POST /api/v1/tekstherkenning}, the
 * CV paste and the vacancy intake send) take at worst, on the whole ESCO v1.1.1? Each call links one text
 * of a {@link WorstTexts} group in Dutch, taking the group's texts in turn; SampleTime gives the
 * distribution, its maximum the dearest text of the group (a refused text until its refusal). Before timing,
 * the test vacancy must name what TextLinkingIT expects and every worst text must be answered within its
 * allowance, or refused beyond it where {@link WorstTexts} says so, or the run fails.
 * Per text, {@link TextLinkingCpuTime} gives the CPU time of each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1500m", "-Xmx1500m"})
public class TextLinkingBenchmark {

    static final String FORKLIFT_OPERATOR = TaxonomySearchBenchmark.OCCUPATION + "eeac6251-1974-42f5-91ed-513c6c883755";
    static final String OPERATE_FORKLIFT = TaxonomySearchBenchmark.SKILL + "28cb374e-6261-4133-8371-f9a5470145da";
    static final List<String> CUSTOMER_ORIENTATION = List.of(
            TaxonomySearchBenchmark.SKILL + "5b0f2198-7246-4256-a902-4d9ce1260c80",
            TaxonomySearchBenchmark.SKILL + "b7c8f418-08d5-45d6-b697-ab26c6ecbfb4");

    @Param({WorstTexts.NORMAL, WorstTexts.LONG_WORD, WorstTexts.SHORT_WORDS, WorstTexts.HYPHENS, WorstTexts.UNICODE})
    public String group;

    TextLinker linker;
    List<WorstTexts.Text> texts;
    private String[] groupTexts;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        long start = System.nanoTime();
        List<EscoLabelFiles.ConceptLabel> labels = EscoLabelFiles.read(EscoLabelFiles.sharedData());
        EscoIndex esco = EscoIndex.of(labels);
        linker = TextLinker.of(esco.index());
        System.out.printf("%n%d labels: index and text linker built in %d ms%n", esco.index().size(),
                (System.nanoTime() - start) / 1_000_000);
        texts = WorstTexts.of(labels);
        checkAnswers(esco.uris());
        groupTexts = texts.stream().filter(t -> t.group().equals(group)).map(WorstTexts.Text::text)
                .toArray(String[]::new);
    }

    @Benchmark
    public List<TextMention> link() {
        String text = groupTexts[next];
        next = (next + 1) % groupTexts.length;
        return link(text);
    }

    /** A refused text is timed until its refusal: that is what it costs. */
    List<TextMention> link(String text) {
        try {
            return linker.mentions(text, LabelLanguage.NL);
        } catch (TextTooComplex refused) {
            return List.of();
        }
    }

    /** Timing a linker that answers wrong, or refuses what it should answer, would measure nothing. */
    private void checkAnswers(List<String> uris) {
        List<TextMention> vacancy = linker.mentions(WorstTexts.VACANCY, LabelLanguage.NL);
        List<String> named = vacancy.stream().map(m -> uris.get(m.conceptId())).toList();
        boolean orientation = vacancy.stream().anyMatch(m -> CUSTOMER_ORIENTATION.contains(uris.get(m.conceptId()))
                && WorstTexts.VACANCY.substring(m.start(), m.end()).equals("zorgt voor klantgerichtheid"));
        if (!named.contains(FORKLIFT_OPERATOR) || !named.contains(OPERATE_FORKLIFT) || !orientation) {
            throw new IllegalStateException("the test vacancy should name the forklift operator, operating a forklift"
                    + " and 'zorgt voor klantgerichtheid', named " + named);
        }
        for (WorstTexts.Text text : texts) {
            boolean refused = false;
            try {
                for (TextMention m : linker.mentions(text.text(), LabelLanguage.NL)) {
                    if (m.start() < 0 || m.end() > text.text().length() || m.start() >= m.end()) {
                        throw new IllegalStateException(text.name() + ": a span outside the text: " + m);
                    }
                }
            } catch (TextTooComplex e) {
                refused = true;
            }
            if (refused != text.refused()) {
                throw new IllegalStateException(text.group() + " / " + text.name() + (refused ? " was refused"
                        : " was answered") + ", not " + (refused ? "answered" : "refused"));
            }
        }
        System.out.printf("the test vacancy named right; %d worst texts answered, %d refused, as expected%n",
                texts.stream().filter(t -> !t.refused()).count(), texts.stream().filter(WorstTexts.Text::refused).count());
    }
}
