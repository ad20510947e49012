package nl.werkmotor.engine.text;

import static nl.werkmotor.engine.text.LabelIndexAgainstBruteForceTest.pick;
import static nl.werkmotor.engine.text.LabelIndexAgainstBruteForceTest.randomLabels;
import static nl.werkmotor.engine.text.LabelIndexAgainstBruteForceTest.randomText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random labels from a few syllables (so words share stems and compound parts) and random texts made
 * of pieces of labels and stray words: the linker finds exactly the mentions the brute-force twin finds.
 */
class TextLinkerAgainstBruteForceTest {

    private static final String[] GLUE = {" ", " ", ", ", ". ", " en ", " de ", "-", " (", ") ", "\n"};

    @Test
    void findsExactlyTheMentionsABruteForceScanFinds() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("TextLinkerAgainstBruteForceTest seed: " + seed + " (replay with -Dtests.seed=" + seed + ")");
        Random random = new Random(seed);
        int found = 0;
        for (int round = 0; round < 30; round++) {
            List<BruteForceLabelSearch.Label> labels = randomLabels(random, 1 + random.nextInt(300));
            BruteForceTextLinker reference = new BruteForceTextLinker(labels);
            TextLinker linker = TextLinker.of(new BruteForceLabelSearch(labels).index());
            for (int q = 0; q < 100; q++) {
                String text = randomPassage(random, labels);
                LabelLanguage language = pick(random, LabelLanguage.values());
                List<TextMention> expected = reference.mentions(linker.tokens(text), language);
                assertThat(linker.mentions(text, language)).as("seed %d round %d text %s", seed, round, text)
                        .isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).as("mentions found (comparing empty answers proves nothing)").isGreaterThan(3000);
    }

    @Test
    void tokensAreTheAnalyzersWordsOfTwoLettersOrMoreWithTheSpansTheyCameFrom() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("TextLinkerAgainstBruteForceTest tokens seed: " + seed);
        Random random = new Random(seed);
        LabelAnalyzer analyzer = new LabelAnalyzer();
        for (int round = 0; round < 20; round++) {
            List<BruteForceLabelSearch.Label> labels = randomLabels(random, 1 + random.nextInt(50));
            TextLinker linker = TextLinker.of(new BruteForceLabelSearch(labels).index());
            for (int q = 0; q < 50; q++) {
                String text = randomPassage(random, labels);
                List<TextLinker.Token> tokens = linker.tokens(text);
                assertThat(tokens).extracting(TextLinker.Token::word).as("seed %d text %s", seed, text)
                        .isEqualTo(analyzer.words(text).stream()
                                .filter(word -> word.length() >= TextLinker.MIN_WORD).toList());
                for (TextLinker.Token token : tokens) {
                    assertThat(analyzer.words(text.substring(token.start(), token.end()))).containsExactly(token.word());
                }
            }
        }
    }

    private static String randomPassage(Random random, List<BruteForceLabelSearch.Label> labels) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(8);
        for (int p = 0; p < pieces; p++) {
            text.append(pick(random, GLUE));
            if (random.nextInt(3) == 0) {
                text.append(randomText(random, 1 + random.nextInt(2)));
            } else {
                String label = labels.get(random.nextInt(labels.size())).text();
                text.append(random.nextBoolean() ? label : label.toUpperCase());
            }
        }
        return text.toString();
    }
}
