package nl.werkmotor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import nl.werkmotor.engine.text.LabelLanguage;
import nl.werkmotor.taxonomy.LinkText;

/**
 * The dearest texts we could make for the text linker, each as long as a request may send
 * ({@value LinkText#MAX_TEXT} characters) or the issue's own 2,000 letters, in groups: normal text to
 * compare with, one long word, many short words, hyphens, and every kind of Unicode character the
 * analysis treats differently. Built from the ESCO labels themselves, so that the long words are made of
 * words the compound splitter knows.
 */
final class WorstTexts {

    static final String NORMAL = "normal";
    static final String LONG_WORD = "long-word";
    static final String SHORT_WORDS = "short-words";
    static final String HYPHENS = "hyphens";
    static final String UNICODE = "unicode";

    private static final long SEED = 20261212L;
    private static final int MAX = LinkText.MAX_TEXT;

    /** The vacancy of the taxonomy's TextLinkingIT. */
    static final String VACANCY = """
            Voor ons distributiecentrum in Rotterdam zoeken wij een ervaren Heftruckchauffeur (m/v).
            Je laadt en lost vrachtwagens, je werkt klantgericht en je zorgt voor klantgerichtheid.
            Een rijbewijs B en een certificaat heftruck rijden zijn een pré.""";

    /** @param refused whether the linker is to refuse it ({@code TextTooComplex}) rather than answer */
    record Text(String group, String name, String text, boolean refused) {

        Text(String group, String name, String text) {
            this(group, name, text, false);
        }
    }

    private WorstTexts() {
    }

    static List<Text> of(List<EscoLabelFiles.ConceptLabel> labels) {
        Random random = new Random(SEED);
        List<String> dutch = labels.stream().filter(l -> l.language() == LabelLanguage.NL).map(l -> l.text())
                .toList();
        List<String> words = dutchWords(dutch);
        List<Text> texts = new ArrayList<>();

        texts.add(new Text(NORMAL, "the test vacancy, repeated", fill(VACANCY + "\n")));
        StringBuilder sentences = new StringBuilder();
        while (sentences.length() < MAX) {
            sentences.append("Je ").append(dutch.get(random.nextInt(dutch.size()))).append(" en je ")
                    .append(dutch.get(random.nextInt(dutch.size()))).append(". ");
        }
        texts.add(new Text(NORMAL, "ESCO labels in sentences", sentences.substring(0, MAX)));

        texts.add(new Text(LONG_WORD, "'data' x 500 (the issue's 2,000 letters)", "data".repeat(500)));
        texts.add(new Text(LONG_WORD, "'data' x 5,000 (the issue's 20,000 letters)", "data".repeat(5_000)));
        texts.add(new Text(LONG_WORD, "a compound repeated", fill("heftruckchauffeur")));
        texts.add(new Text(LONG_WORD, "a linking -s- repeated", fill("arbeids")));
        StringBuilder glued = new StringBuilder();
        for (String word : words) {
            glued.append(word);
        }
        texts.add(new Text(LONG_WORD, "distinct known words glued", glued.substring(0, MAX)));
        StringBuilder letters = new StringBuilder();
        while (letters.length() < MAX) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        texts.add(new Text(LONG_WORD, "random letters", letters.toString()));
        texts.add(new Text(LONG_WORD, "one letter", "a".repeat(MAX)));

        texts.add(new Text(SHORT_WORDS, "a word of many labels", fill(commonestWord(dutch) + " ")));
        texts.add(new Text(SHORT_WORDS, "a label of many concepts", fill(sharedLabel(labels) + ", ")));
        // "mine" is the stem that anchors the most labels (201): each of them runs over the whole text
        texts.add(new Text(SHORT_WORDS, "the anchor of the most labels", fill("mine "), true));
        texts.add(new Text(SHORT_WORDS, "two anchors of many labels", fill("mine mining "), true));
        texts.add(new Text(SHORT_WORDS, "a compound repeated", fill("heftruckchauffeur ")));
        texts.add(new Text(SHORT_WORDS, "two letters", fill("ab ")));
        StringBuilder shuffled = new StringBuilder();
        List<String> every = new ArrayList<>(dutch.stream().flatMap(l -> List.of(l.split(" ")).stream()).toList());
        Collections.shuffle(every, random);
        for (int i = 0; shuffled.length() < MAX; i++) {
            shuffled.append(every.get(i)).append(' ');
        }
        texts.add(new Text(SHORT_WORDS, "label words shuffled", shuffled.substring(0, MAX)));

        texts.add(new Text(HYPHENS, "compounds and hyphens", fill("heftruck-chauffeur-")));
        texts.add(new Text(HYPHENS, "hyphens only", "-".repeat(MAX)));
        texts.add(new Text(HYPHENS, "a letter and a hyphen", fill("a-")));
        texts.add(new Text(HYPHENS, "known words joined by hyphens", String.join("-", words).substring(0, MAX)));

        texts.add(new Text(UNICODE, "combining marks", fill("e\u0301")));
        texts.add(new Text(UNICODE, "a letter under 40 combining marks", fill("a" + "\u0301\u0308\u0323\u0327".repeat(10))));
        texts.add(new Text(UNICODE, "surrogate pairs (U+1D49C)", fill("\uD835\uDC9C")));
        texts.add(new Text(UNICODE, "lone surrogates", fill("\uD800")));
        texts.add(new Text(UNICODE, "emoji with zero-width joiners", fill("\uD83D\uDC69\u200D\uD83D\uDCBB ")));
        texts.add(new Text(UNICODE, "zero-width joiners inside a word", fill("data\u200D")));
        texts.add(new Text(UNICODE, "zero-width spaces between letters", fill("h\u200Be\u200Bf\u200Bt\u200B")));
        texts.add(new Text(UNICODE, "Hebrew, one word", fill("\u05E9\u05DC\u05D5\u05DD")));
        texts.add(new Text(UNICODE, "Arabic words and bidi controls", fill("\u0645\u0631\u062D\u0628\u0627 \u202Edata\u202C ")));
        texts.add(new Text(UNICODE, "digits, one word", fill("1234567890")));
        texts.add(new Text(UNICODE, "Arabic-Indic digits", fill("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")));
        texts.add(new Text(UNICODE, "every kind of white space", fill("data\u00A0heftruck\u2003chauffeur\t\u3000bus\u2028\u00A0\n")));
        texts.add(new Text(UNICODE, "a ligature that folds to two letters", fill("\uFB01")));
        texts.add(new Text(UNICODE, "sharp s, folds to two letters", fill("\u00DF")));
        texts.add(new Text(UNICODE, "full-width letters", fill("\uFF44\uFF41\uFF54\uFF41")));
        return List.copyOf(texts);
    }

    /** Whole pieces up to the most a request may send. */
    private static String fill(String piece) {
        return piece.repeat(MAX / piece.length());
    }

    /** The distinct words of seven letters or more of the Dutch labels, shuffled. */
    private static List<String> dutchWords(List<String> labels) {
        Set<String> words = new LinkedHashSet<>();
        for (String label : labels) {
            for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 7) {
                    words.add(word);
                }
            }
        }
        List<String> shuffled = new ArrayList<>(words);
        Collections.shuffle(shuffled, new Random(SEED));
        return shuffled;
    }

    /** The word of four letters or more in the most Dutch labels: each one is a label to look at. */
    private static String commonestWord(List<String> labels) {
        Map<String, Integer> count = new HashMap<>();
        for (String label : labels) {
            for (String word : new HashSet<>(List.of(label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))) {
                if (word.length() >= 4) {
                    count.merge(word, 1, Integer::sum);
                }
            }
        }
        return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    /** The Dutch label that the most concepts have: each span it names is named that many times over. */
    private static String sharedLabel(List<EscoLabelFiles.ConceptLabel> labels) {
        Map<String, Set<String>> concepts = labels.stream().filter(l -> l.language() == LabelLanguage.NL)
                .collect(Collectors.groupingBy(l -> l.text().toLowerCase(Locale.ROOT),
                        Collectors.mapping(EscoLabelFiles.ConceptLabel::uri, Collectors.toSet())));
        return concepts.entrySet().stream().max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(
                e -> e.getValue().size()).thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
}
