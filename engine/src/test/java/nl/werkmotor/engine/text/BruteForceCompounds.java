package nl.werkmotor.engine.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The slow twin of {@link Compounds}: the same definition followed literally, every piece of a word cut
 * out as a string and every split point of it looked up in a hash set (the splitter Werkmotor had until
 * it became linear; about cubic in the length of one word).
 */
final class BruteForceCompounds {

    private static final int MIN_PART = Compounds.MIN_PART;
    private static final int MIN_REST = 3;

    private final Set<String> vocabulary;

    BruteForceCompounds(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Over the words of these labels, as {@link LabelIndex.Builder#compounds} takes them. */
    static BruteForceCompounds of(List<List<String>> labelWords) {
        Set<String> vocabulary = new HashSet<>();
        labelWords.forEach(words -> words.stream().filter(Compounds::isKnownWordCandidate).forEach(vocabulary::add));
        return new BruteForceCompounds(vocabulary);
    }

    Set<String> parts(LabelLanguage language, List<String> words) {
        Set<String> parts = new LinkedHashSet<>();
        if (language == LabelLanguage.NL) {
            for (String word : words) {
                split(word, parts);
            }
        }
        for (int i = 1; i < words.size(); i++) {
            parts.add(words.get(i - 1) + words.get(i));
            parts.add(words.get(i) + words.get(i - 1));
        }
        parts.removeAll(words);
        return parts;
    }

    private void split(String word, Set<String> parts) {
        Deque<String> unsplit = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        unsplit.push(word);
        while (!unsplit.isEmpty()) {
            String whole = unsplit.pop();
            int length = whole.length();
            for (int at = MIN_REST; at <= length - MIN_REST; at++) {
                String head = whole.substring(0, at);
                String tail = whole.substring(at);
                if (at >= MIN_PART && vocabulary.contains(head)) {
                    found(head, tail, parts, seen, unsplit);
                } else if (at > MIN_PART && head.endsWith("s") && vocabulary.contains(head.substring(0, at - 1))) {
                    found(head.substring(0, at - 1), tail, parts, seen, unsplit);
                }
                if (length - at >= MIN_PART && vocabulary.contains(tail)) {
                    found(tail, head, parts, seen, unsplit);
                }
            }
        }
    }

    private static void found(String part, String rest, Set<String> parts, Set<String> seen, Deque<String> unsplit) {
        parts.add(part);
        for (String piece : new String[] {part, rest}) {
            if (piece.length() >= MIN_PART + MIN_REST && seen.add(piece)) {
                unsplit.push(piece);
            }
        }
    }
}
