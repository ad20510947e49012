package nl.werkmotor.engine.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dutch writes compounds as one word ("heftruckchauffeur", "arbeidsbemiddelaar") where English
 * writes two, and ESCO's Dutch labels mix both forms ("buschauffeur", "chauffeur bus"). A label
 * word therefore also gets its parts: every known word of at least {@value #MIN_PART} letters that
 * starts or ends it, leaving at least three letters (a linking -s- dropped: "arbeids" gives
 * "arbeid"). Known words are the words of all labels. Adjacent words of any label are also joined,
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

    private void split(String word, Set<String> parts) {
        int length = word.length();
        for (int at = MIN_REST; at <= length - MIN_REST; at++) {
            if (at >= MIN_PART) {
                String head = word.substring(0, at);
                if (vocabulary.contains(head)) {
                    parts.add(head);
                } else if (head.endsWith("s") && vocabulary.contains(head.substring(0, at - 1))) {
                    parts.add(head.substring(0, at - 1));
                }
            }
            if (length - at >= MIN_PART) {
                String tail = word.substring(at);
                if (vocabulary.contains(tail)) {
                    parts.add(tail);
                }
            }
        }
    }
}
