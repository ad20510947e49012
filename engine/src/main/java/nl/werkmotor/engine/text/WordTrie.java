package nl.werkmotor.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of words as a trie, read from the start of each word or from its end: walking a text from one
 * position costs a step per letter and ends where no word goes on, so the words starting (or ending) at a
 * position are found in at most as many steps as the longest word has letters, without a substring or
 * a hash. Nodes are numbered breadth first, so the children of a node are consecutive numbers, their
 * letters in increasing order.
 */
final class WordTrie {

    static final int ROOT = 0;
    static final int NONE = -1;

    /** The children of node {@code n} are the nodes {@code firstChild[n] .. firstChild[n + 1]}. */
    private final int[] firstChild;
    /** The letter that leads to each node (the root's is unused). */
    private final char[] letter;
    private final boolean[] word;

    private WordTrie(int[] firstChild, char[] letter, boolean[] word) {
        this.firstChild = firstChild;
        this.letter = letter;
        this.word = word;
    }

    /** @param backwards read each word from its last letter to its first (for the words a text ends in) */
    static WordTrie of(Collection<String> words, boolean backwards) {
        String[] sorted = words.stream().map(w -> backwards ? new StringBuilder(w).reverse().toString() : w)
                .distinct().sorted().toArray(String[]::new);
        // a node is the range of sorted words sharing its prefix; a child per next letter, breadth first
        List<int[]> level = new ArrayList<>();
        level.add(new int[] {0, sorted.length});
        int capacity = 1;
        for (String w : sorted) {
            capacity += w.length();
        }
        int[] firstChild = new int[capacity + 1];
        char[] letter = new char[capacity];
        boolean[] word = new boolean[capacity];
        int nodes = 1;
        int node = 0;
        for (int depth = 0; !level.isEmpty(); depth++) {
            List<int[]> next = new ArrayList<>();
            for (int[] range : level) {
                int from = range[0];
                int to = range[1];
                firstChild[node] = nodes;
                if (from < to && sorted[from].length() == depth) {
                    word[node] = true; // the shortest word of a range sorts first
                    from++;
                }
                while (from < to) {
                    char c = sorted[from].charAt(depth);
                    int end = from + 1;
                    while (end < to && sorted[end].charAt(depth) == c) {
                        end++;
                    }
                    letter[nodes++] = c;
                    next.add(new int[] {from, end});
                    from = end;
                }
                node++;
            }
            level = next;
        }
        firstChild[nodes] = nodes;
        return new WordTrie(Arrays.copyOf(firstChild, nodes + 1), Arrays.copyOf(letter, nodes),
                Arrays.copyOf(word, nodes));
    }

    /** The node one letter on from {@code node}, or {@link #NONE} when no word goes on with {@code c}. */
    int child(int node, char c) {
        int at = Arrays.binarySearch(letter, firstChild[node], firstChild[node + 1], c);
        return at >= 0 ? at : NONE;
    }

    /** Whether the letters walked to {@code node} are a whole word. */
    boolean isWord(int node) {
        return word[node];
    }
}
