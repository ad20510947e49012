package nl.werkmotor.engine.text;

import static nl.werkmotor.engine.text.LabelIndexAgainstBruteForceTest.pick;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Random vocabularies from a few overlapping syllables (so words start and end with other words, and a
 * linking -s- is sometimes a word's own letter) and random words of normal length made of them: the
 * linear splitter finds exactly the parts the old one, which cut out and looked up every piece, finds.
 */
class CompoundsAgainstBruteForceTest {

    private static final String[] SYLLABLES = {"a", "s", "da", "ta", "data", "st", "ers", "en", "heft", "ruck",
            "chauf", "feur", "bus", "arbeid", "ver", "zorg", "de", "dat", "as", "sa"};

    @Test
    void findsExactlyThePartsTheOldSplitterFinds() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("CompoundsAgainstBruteForceTest seed: " + seed + " (replay with -Dtests.seed=" + seed + ")");
        Random random = new Random(seed);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            Set<String> vocabulary = randomVocabulary(random, 5 + random.nextInt(150));
            Compounds compounds = new Compounds(vocabulary);
            BruteForceCompounds reference = new BruteForceCompounds(vocabulary);
            List<String> known = List.copyOf(vocabulary);
            for (int w = 0; w < 100; w++) {
                List<String> words = new ArrayList<>();
                int count = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
                for (int i = 0; i < count; i++) {
                    words.add(randomWord(random, known));
                }
                for (LabelLanguage language : LabelLanguage.values()) {
                    Set<String> expected = reference.parts(language, words);
                    assertThat(compounds.parts(language, words)).as("seed %d round %d words %s", seed, round, words)
                            .isEqualTo(expected);
                    found += expected.size();
                }
            }
        }
        assertThat(found).as("parts found (comparing empty answers proves nothing)").isGreaterThan(50_000);
    }

    /** Words of four letters or more, as only those become known words ({@link Compounds#isKnownWordCandidate}). */
    private static Set<String> randomVocabulary(Random random, int size) {
        Set<String> vocabulary = new HashSet<>();
        while (vocabulary.size() < size) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(pick(random, SYLLABLES));
            }
            if (Compounds.isKnownWordCandidate(word.toString())) {
                vocabulary.add(word.toString());
            }
        }
        return vocabulary;
    }

    /** Known words, some with a linking -s-, stray syllables and repeats, up to about 60 letters. */
    private static String randomWord(Random random, List<String> known) {
        StringBuilder word = new StringBuilder();
        int pieces = 1 + random.nextInt(8);
        for (int p = 0; p < pieces && word.length() < 60; p++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                word.append(known.get(random.nextInt(known.size())));
            } else if (kind < 7) {
                word.append(known.get(random.nextInt(known.size()))).append('s');
            } else if (kind < 9) {
                word.append(pick(random, SYLLABLES));
            } else {
                word.append(known.get(random.nextInt(known.size())).repeat(2 + random.nextInt(4)));
            }
        }
        return word.toString();
    }
}
