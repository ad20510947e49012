package nl.werkmotor.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns a label or a query into words: lower case, accents folded (café = cafe, ë = e), split on
 * everything that is not a letter or digit ("software-ontwikkelaar" is two words). Stems words with
 * the Snowball stemmer of their language, so "verzorgenden" and "verzorgende" share the stem "verzorg".
 * Not thread-safe (the stemmers keep state): one instance per thread or per query.
 */
final class LabelAnalyzer {

    private final SnowballStemmer dutch = new DutchStemmer();
    private final SnowballStemmer english = new EnglishStemmer();
    private char[] folded = new char[64];

    /** The folded words of {@code text}, in order. */
    List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        char[] in = lower.toCharArray();
        if (folded.length < in.length * 4) {
            folded = new char[in.length * 4]; // a folded char becomes at most four
        }
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, folded, 0, in.length);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean inWord = i < length && Character.isLetterOrDigit(folded[i]);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                // folding can give capitals back (e.g. from some ligatures); lower case once more
                words.add(new String(folded, start, i - start).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** Whether the text ends inside a word, so its last word may still be growing. */
    static boolean endsInWord(String text) {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1));
    }

    String stem(LabelLanguage language, String word) {
        SnowballStemmer stemmer = language == LabelLanguage.NL ? dutch : english;
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
