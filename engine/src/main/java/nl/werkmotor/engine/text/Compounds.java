package nl.werkmotor.engine.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dutch writes compounds as one word ("heftruckchauffeur", "arbeidsbemiddelaar") where English
 * writes two, and ESCO's Dutch labels mix both forms ("buschauffeur", "chauffeur bus"). A label
 * word therefore also gets its parts: every known word of at least {@value #MIN_PART} letters that
 * starts or ends it, leaving at least three letters (a linking -s- dropped: "arbeids" gives
 * "arbeid"), and so on inside what is left ("vorkheftruckchauffeur" gives "chauffeur", then
 * "heftruck"). Known words are the words of all labels. Adjacent words of any label are also joined,
 * both ways round, so "buschauffeur" finds "chauffeur bus".
 */
final class Compounds {

    static final int MIN_PART = 4;
    private static final int MIN_REST = 3;

    private final Set<String> vocabulary;

    Compounds(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    static boolean isKnownWordCandidate(String word) {
        return word.length() >= MIN_PART;
    }

    /** The parts of a label's words and the joins of its neighbouring words; never a word itself. */
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

    /**
     * Adds the known words at the start and end of {@code word}, and goes on with what is left beside
     * each (known or not) and with the parts themselves: "vorkheftruckchauffeur" ends in "chauffeur",
     * the rest "vorkheftruck" ends in "heftruck". Every piece is shorter than the word it came from,
     * so this ends.
     */
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
