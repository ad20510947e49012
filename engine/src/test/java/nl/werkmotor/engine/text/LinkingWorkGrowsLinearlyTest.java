package nl.werkmotor.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 1: one word of 20,000 letters held a core for over a minute, as the compound splitter was
 * about cubic in the length of a word. The work of linking (the steps of {@link WorkBudget}: letters walked in
 * the compound tries and stemmed, label words compared, candidates sorted) must grow linearly with the text,
 * for the worst texts we could make, and never reach the allowance of a text of the longest length a request
 * may send. Counted, not timed, so that a loaded machine cannot make it pass or fail.
 */
class LinkingWorkGrowsLinearlyTest {

    private static final int[] LENGTHS = {2_500, 5_000, 10_000, 20_000};
    /** A doubling of the text may double the work and a little more (the candidates' sort is n log n). */
    private static final double MAX_GROWTH_PER_DOUBLING = 2.2;

    private final List<String> knownWords = new ArrayList<>();
    private final TextLinker linker = TextLinker.of(labels());

    /**
     * Random labels of overlapping syllables (many compounds, many distinct known words), a compound and
     * its parts, and a label that six concepts share (each such span is named six times over).
     */
    private LabelIndex labels() {
        LabelIndex.Builder b = LabelIndex.builder();
        Random random = new Random(12);
        Set<String> words = new LinkedHashSet<>();
        LabelAnalyzer analyzer = new LabelAnalyzer();
        int id = 0;
        for (BruteForceLabelSearch.Label label : LabelIndexAgainstBruteForceTest.randomLabels(random, 4_000)) {
            b.add(id++, ConceptKind.SKILL, LabelLanguage.NL, label.type(), label.text());
            analyzer.words(label.text()).stream().filter(w -> w.length() >= 7).forEach(words::add);
        }
        knownWords.addAll(words);
        b.add(id++, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "heftruckchauffeur");
        b.add(id++, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "heftruck bedienen");
        b.add(id++, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "data analyseren");
        for (int twin = 0; twin < 6; twin++) {
            b.add(id++, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "verkoper");
        }
        return b.build();
    }

    private Map<String, IntFunction<String>> worstTexts() {
        Map<String, IntFunction<String>> texts = new LinkedHashMap<>();
        texts.put("one word: a known word repeated", n -> repeat("data", n));
        texts.put("one word: a compound repeated", n -> repeat("heftruckchauffeur", n));
        texts.put("one word: distinct known words glued", n -> {
            StringBuilder word = new StringBuilder();
            for (int i = 0; word.length() < n; i++) {
                word.append(knownWords.get(i % knownWords.size()));
            }
            return word.toString();
        });
        texts.put("one word: random letters", n -> {
            Random random = new Random(n);
            StringBuilder word = new StringBuilder();
            while (word.length() < n) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        });
        texts.put("short words: a label repeated", n -> repeat("heftruck bedienen zq ", n));
        texts.put("short words: a label of six concepts repeated", n -> repeat("verkoper zq ", n));
        texts.put("short words: two letters", n -> repeat("ab ", n));
        texts.put("hyphens between compounds", n -> repeat("heftruckchauffeur-", n));
        texts.put("combining marks, surrogate pairs, joiners", n -> repeat("dat\u0061\u0301\uD835\uDC9C\u200Dverkoper ", n));
        return texts;
    }

    /** Whole pieces only: a piece cut off at the end can change how a compound splits (by a constant, not the growth). */
    private static String repeat(String piece, int length) {
        return piece.repeat(length / piece.length());
    }

    @Test
    void theWorkOfLinkingGrowsLinearlyWithTheText() {
        for (Map.Entry<String, IntFunction<String>> family : worstTexts().entrySet()) {
            long[] steps = new long[LENGTHS.length];
            for (int i = 0; i < LENGTHS.length; i++) {
                String text = family.getValue().apply(LENGTHS[i]);
                WorkBudget budget = WorkBudget.unlimited();
                linker.mentions(text, LabelLanguage.NL, budget);
                steps[i] = budget.spent();
            }
            System.out.printf("%-45s steps for %s characters: %s%n", family.getKey(), Arrays.toString(LENGTHS),
                    Arrays.toString(steps));
            for (int i = 1; i < LENGTHS.length; i++) {
                assertThat((double) steps[i]).as("%s: %d characters against %d", family.getKey(), LENGTHS[i], LENGTHS[i - 1])
                        .isLessThanOrEqualTo(MAX_GROWTH_PER_DOUBLING * Math.max(steps[i - 1], 1));
            }
            assertThat(steps[LENGTHS.length - 1]).as(family.getKey() + ": within the allowance, so answered")
                    .isLessThan(TextLinker.allowance(LENGTHS[LENGTHS.length - 1]));
        }
    }

    @Test
    void aTextBeyondItsAllowanceIsRefusedWholeNotAnsweredInPart() {
        String text = repeat("heftruckchauffeur ", 2_000);
        WorkBudget tooSmall = new WorkBudget(10_000, text.length());

        assertThatThrownBy(() -> linker.mentions(text, LabelLanguage.NL, tooSmall)).isInstanceOf(TextTooComplex.class)
                .satisfies(e -> assertThat(((TextTooComplex) e).characters()).isEqualTo(text.length()));
        assertThat(linker.mentions(text, LabelLanguage.NL)).as("the same text with its own allowance").isNotEmpty();
    }
}
