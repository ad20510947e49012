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
 *
 * <p>The cost of a word is linear in its length: the known words are two tries (read forwards for the
 * words a piece starts with, backwards for those it ends with), walked from each place a piece can
 * start or end for at most as many letters as the longest known word has.
 */
final class Compounds {

    static final int MIN_PART = 4;
    private static final int MIN_REST = 3;
    /** Only a piece this long holds a part and a rest; shorter ones are not split further. */
    private static final int MIN_PIECE = MIN_PART + MIN_REST;

    private final WordTrie starts;
    private final WordTrie ends;

    Compounds(Set<String> vocabulary) {
        this.starts = WordTrie.of(vocabulary, false);
        this.ends = WordTrie.of(vocabulary, true);
    }

    static boolean isKnownWordCandidate(String word) {
        return word.length() >= MIN_PART;
    }

    /** The parts of a label's words and the joins of its neighbouring words; never a word itself. */
    Set<String> parts(LabelLanguage language, List<String> words) {
        return parts(language, words, WorkBudget.unlimited());
    }

    /** As {@link #parts(LabelLanguage, List)}, a step of {@code budget} for every letter walked or part cut out. */
    Set<String> parts(LabelLanguage language, List<String> words, WorkBudget budget) {
        Set<String> parts = new LinkedHashSet<>();
        if (language == LabelLanguage.NL) {
            for (String word : words) {
                split(word, parts, budget);
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
     * the rest "vorkheftruck" ends in "heftruck".
     *
     * <p>What is left of a word is always a piece from some start to some end of it, and a piece starts
     * with the same known words wherever it ends, as long as it is long enough to hold them (and ends with
     * the same wherever it starts). So, rather than cutting out every piece, the parts are found at each
     * start reachable from the word's start by known words, within the rest of the whole word, and at
     * each end reachable from its end, within all of the word before it: what any shorter piece between
     * them could give is among those. A part long enough is split the same way, once.
     */
    private void split(String word, Set<String> parts, WorkBudget budget) {
        Deque<String> unsplit = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        unsplit.push(word);
        while (!unsplit.isEmpty()) {
            String whole = unsplit.pop();
            heads(whole, parts, seen, unsplit, budget);
            tails(whole, parts, seen, unsplit, budget);
        }
    }

    /** The known words that the pieces from each reachable start to the end of {@code whole} start with. */
    private void heads(String whole, Set<String> parts, Set<String> seen, Deque<String> unsplit, WorkBudget budget) {
        int length = whole.length();
        boolean[] reached = new boolean[length + 1];
        reached[0] = true;
        for (int from = 0; from <= length - MIN_PIECE; from++) {
            if (!reached[from]) {
                continue;
            }
            int node = WordTrie.ROOT;
            for (int at = 1; at <= length - from - MIN_REST; at++) {
                budget.spend(1);
                int previous = node;
                char c = whole.charAt(from + at - 1);
                node = starts.child(previous, c);
                int part = 0;
                if (at >= MIN_PART && node != WordTrie.NONE && starts.isWord(node)) {
                    part = at;
                } else if (at > MIN_PART && c == 's' && starts.isWord(previous)) {
                    part = at - 1; // a linking -s- that is not itself part of a known word
                }
                if (part > 0) {
                    found(whole.substring(from, from + part), parts, seen, unsplit, budget);
                    if (length - from - at >= MIN_PIECE) {
                        reached[from + at] = true;
                    }
                }
                if (node == WordTrie.NONE) {
                    break;
                }
            }
        }
    }

    /** The known words that the pieces from the start of {@code whole} to each reachable end end with. */
    private void tails(String whole, Set<String> parts, Set<String> seen, Deque<String> unsplit, WorkBudget budget) {
        int length = whole.length();
        boolean[] reached = new boolean[length + 1];
        reached[length] = true;
        for (int to = length; to >= MIN_PIECE; to--) {
            if (!reached[to]) {
                continue;
            }
            int node = WordTrie.ROOT;
            for (int part = 1; part <= to - MIN_REST; part++) {
                budget.spend(1);
                node = ends.child(node, whole.charAt(to - part));
                if (node == WordTrie.NONE) {
                    break;
                }
                if (part >= MIN_PART && ends.isWord(node)) {
                    found(whole.substring(to - part, to), parts, seen, unsplit, budget);
                    if (to - part >= MIN_PIECE) {
                        reached[to - part] = true;
                    }
                }
            }
        }
    }

    private static void found(String part, Set<String> parts, Set<String> seen, Deque<String> unsplit,
            WorkBudget budget) {
        budget.spend(part.length());
        parts.add(part);
        if (part.length() >= MIN_PIECE && seen.add(part)) {
            unsplit.push(part);
        }
    }
}
