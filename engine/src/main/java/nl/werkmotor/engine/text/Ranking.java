package nl.werkmotor.engine.text;

/**
 * How well a label matches a query, packed into one {@code long} so that a larger value is a better
 * hit and comparing two hits is one comparison. From the most significant bits down:
 * <ol>
 * <li>complete: every query word matched whole or by stem, and the label has no other words;</li>
 * <li>coverage: the sum over the query words of how well each matched ({@link #WORD} ... {@link #PREFIX_PART});</li>
 * <li>the label is in the preferred language;</li>
 * <li>label type ({@link LabelType#rank});</li>
 * <li>fewer label words beyond those asked for, then fewer characters;</li>
 * <li>lower concept id, so no two concepts tie.</li>
 * </ol>
 */
final class Ranking {

    /**
     * The query word is a word of the label or has the stem of one (in the label's language): an
     * inflection names the same thing ("heftrucks bedienen" answers "heftruck" as well as a label
     * with "heftruck" in it does), so label type and length decide between them.
     */
    static final int WORD = 5;
    /** The query word is a compound part of a label word, or two neighbouring label words joined. */
    static final int PART = 4;
    /** The last query word starts a label word. */
    static final int PREFIX = 3;
    /** The last query word starts a compound part or a join. */
    static final int PREFIX_PART = 2;

    /** Longer queries are cut to this many words, so coverage fits in seven bits. */
    static final int MAX_QUERY_WORDS = 16;

    private static final int COMPLETE_SHIFT = 59;
    private static final int COVERAGE_SHIFT = 52;
    private static final int LANGUAGE_SHIFT = 51;
    private static final int TYPE_SHIFT = 49;
    private static final int EXTRA_WORDS_SHIFT = 41;
    private static final int LENGTH_SHIFT = 31;

    private Ranking() {
    }

    static long rank(boolean complete, int coverage, boolean preferredLanguage, LabelType type, int extraWords,
            int length, int conceptId) {
        assert coverage >= 0 && coverage <= WORD * MAX_QUERY_WORDS && conceptId >= 0;
        return (complete ? 1L : 0L) << COMPLETE_SHIFT
                | (long) coverage << COVERAGE_SHIFT
                | (preferredLanguage ? 1L : 0L) << LANGUAGE_SHIFT
                | (long) type.rank << TYPE_SHIFT
                | (long) (255 - Math.min(extraWords, 255)) << EXTRA_WORDS_SHIFT
                | (long) (1023 - Math.min(length, 1023)) << LENGTH_SHIFT
                | (Integer.MAX_VALUE - conceptId);
    }

    static boolean complete(long rank) {
        return (rank >>> COMPLETE_SHIFT & 1) != 0;
    }

    static int coverage(long rank) {
        return (int) (rank >>> COVERAGE_SHIFT & 127);
    }

    static int extraWords(long rank) {
        return 255 - (int) (rank >>> EXTRA_WORDS_SHIFT & 255);
    }
}
