package nl.werkmotor.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Random labels built from a few syllables (so words share prefixes, stems and compound parts) and
 * random type-ahead queries: the index answers exactly what the brute-force scan answers.
 */
class LabelIndexAgainstBruteForceTest {

    private static final String[] SYLLABLES = {"bus", "chauf", "feur", "heft", "ruck", "ver", "zorg", "en", "de", "ca",
            "fé", "Café", "s", "werk", "er", "mede", "truck", "driv", "ing", "arbeid", "ë", "O"};
    private static final String[] SEPARATORS = {" ", " ", " ", "-", " / ", ", "};

    @Test
    void answersExactlyWhatABruteForceScanAnswers() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("LabelIndexAgainstBruteForceTest seed: " + seed + " (replay with -Dtests.seed=" + seed + ")");
        Random random = new Random(seed);
        int answered = 0;
        for (int round = 0; round < 30; round++) {
            List<BruteForceLabelSearch.Label> labels = randomLabels(random, 1 + random.nextInt(400));
            BruteForceLabelSearch reference = new BruteForceLabelSearch(labels);
            LabelIndex index = reference.index();
            for (int q = 0; q < 200; q++) {
                LabelQuery query = randomQuery(random, labels);
                List<LabelHit> expected = reference.search(query);
                assertThat(index.search(query)).as("seed %d round %d query %s", seed, round, query).isEqualTo(expected);
                answered += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(answered).as("queries with hits (a comparison of empty answers proves nothing)").isGreaterThan(3000);
    }

    static List<BruteForceLabelSearch.Label> randomLabels(Random random, int count) {
        List<BruteForceLabelSearch.Label> labels = new ArrayList<>();
        int concepts = 1 + random.nextInt(count);
        for (int i = 0; i < count; i++) {
            int concept = random.nextInt(concepts);
            // the kind follows the concept, as the index requires
            ConceptKind kind = concept % 3 == 0 ? ConceptKind.SKILL : ConceptKind.OCCUPATION;
            labels.add(new BruteForceLabelSearch.Label(concept, kind, pick(random, LabelLanguage.values()),
                    pick(random, LabelType.values()), randomText(random, 1 + random.nextInt(4))));
        }
        return labels;
    }

    static String randomText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(pick(random, SEPARATORS));
            }
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                text.append(pick(random, SYLLABLES));
            }
        }
        return text.toString();
    }

    private static LabelQuery randomQuery(Random random, List<BruteForceLabelSearch.Label> labels) {
        String text;
        int choice = random.nextInt(4);
        if (choice == 0) {
            text = randomText(random, 1 + random.nextInt(3));
        } else {
            // a prefix of a real label, as someone typing it would send
            String label = labels.get(random.nextInt(labels.size())).text();
            text = label.substring(0, 1 + random.nextInt(label.length()));
            if (choice == 2) {
                text = text.toUpperCase();
            }
            if (random.nextInt(5) == 0) {
                text = text + " ";
            }
        }
        ConceptKind kind = random.nextBoolean() ? null : pick(random, ConceptKind.values());
        LabelLanguage language = random.nextInt(3) == 0 ? null : pick(random, LabelLanguage.values());
        return new LabelQuery(text, kind, language, 1 + random.nextInt(20));
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
