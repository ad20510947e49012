package nl.werkmotor.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Finds taxonomy concepts in running text (a vacancy, a CV) with the character spans that name them,
 * and ranks the concepts a short text (a job title, a skill phrase) may stand for. Built over the
 * labels of a {@link LabelIndex}, with the same analysis: folded words, Snowball stems in the label's
 * language, Dutch compound parts. Immutable and safe for concurrent readers.
 *
 * <h2>Mentions</h2>
 * A text token matches a label word when one of its terms is the word's stem: the token's Dutch stem
 * for a Dutch label, its English stem for an English one, or (for a Dutch compound) the stem of a known
 * part, so "heftruckchauffeur" matches the "heftruck" of "heftruck bedienen"; a Dutch word ending in -t
 * also as the word without it ("zorgt" as "zorg"). Single letters are skipped. Each label is filed under
 * its rarest term only, its <em>anchor</em>: a label can only be named where its most telling word
 * is, and a common word ("voor", "werken") never makes us look at thousands of labels. From every
 * token carrying an anchor the run of neighbouring tokens that match words of the label is taken
 * (word order free); its score is the share of the label's words it covers, each word weighing its
 * rarity ({@code ln(1 + labels / labelsWithTheWord)}), a part match {@value #PART} of a whole one; a label
 * outside the text's language counts only when all its words match, times {@value #OTHER_LANGUAGE}
 * (so "Excel" in a Dutch text is not "operational excellence"). Runs scoring at least {@value #MIN_SCORE}
 * are candidates. Overlaps are then resolved per kind (a span may name an occupation and a skill):
 * the candidate covering most (tokens times score), then the higher score, then the stronger label
 * type wins; an equally good candidate for another concept over exactly the same span stays (ESCO
 * has concepts with the same label, which only the reader can tell apart).
 *
 * <h2>Normalization</h2>
 * A title or phrase is answered by the label index with whole-word (not type-ahead) semantics, over
 * the words some label knows (so "(m/v)" does not stop "heftruckchauffeur (m/v)"), scored by how well
 * the words matched and how many label words are extra; and by the anchors as above but without
 * requiring neighbouring tokens, scored by label share times the share of the (known) text's weight
 * matched, so "klantgericht werken" still finds "zorgen voor klantgerichtheid". Each concept keeps its
 * best score; ties keep the index's order.
 *
 * <p>Per text, work arrays come from a pool; a token costs its stems and a hash look-up each (Snowball
 * stemmers answer strings), nothing per label looked at.
 *
 * <h2>Cost</h2>
 * The work grows linearly with the text, however it is made: compounds are split in steps linear in the
 * word ({@link Compounds}), a token's terms are kept once each without a scan, a token of many terms (a
 * word glued from thousands of known words) is looked up rather than scanned, and a twin is checked against
 * the twins of its span only. Every text still gets an allowance of steps ({@link #allowance}, counted in a
 * {@link WorkBudget}) and is refused with {@link TextTooComplex} beyond it, so that a text we did not think
 * of cannot hold a core either.
 */
public final class TextLinker {

    /** A label word matched through a compound part of a text token counts this much of a whole match. */
    static final double PART = 0.8;
    /** A label in the other language than the text's counts this much, so stray words of it score low. */
    static final double OTHER_LANGUAGE = 0.8;
    /** The least score of a mention: over half of the label's weight named. */
    static final double MIN_SCORE = 0.55;
    /** Labels with more distinct words are not linked (their words would not fit a bit mask). */
    static final int MAX_LABEL_TERMS = 32;
    /**
     * Shorter words are skipped: a single letter in a vacancy is a driving licence class or "(m/v)",
     * hardly ever the programming language C or R. A phrase to normalize that has nothing else keeps them.
     */
    static final int MIN_WORD = 2;
    /** Only text words this long are split into compound parts (two parts of four and three letters). */
    private static final int MIN_COMPOUND = 7;
    /** A token with more terms than this (a compound of many known words) has them sorted for look-ups. */
    private static final int FEW_TERMS = 16;
    /** The steps any text may cost ({@link #allowance}), besides those per character. */
    static final long STEPS_PER_TEXT = 1_000_000;
    static final long STEPS_PER_CHARACTER = 250;

    private static final LabelLanguage[] LANGUAGES = LabelLanguage.values();
    private static final LabelType[] TYPES = LabelType.values();
    private static final ConceptKind[] KINDS = ConceptKind.values();

    private final LabelIndex index;
    private final Compounds compounds;
    private final Map<String, Integer> dutchTerms;
    private final Map<String, Integer> englishTerms;
    private final double[] weight;
    private final double unknownWeight;
    /** Distinct terms of label {@code l}: {@code labelTerms[labelTermStart[l] .. labelTermStart[l + 1])}. */
    private final int[] labelTermStart;
    private final int[] labelTerms;
    private final double[] labelWeight;
    /** Labels filed under term {@code t}: {@code anchored[anchorStart[t] .. anchorStart[t + 1])}, in label order. */
    private final int[] anchorStart;
    private final int[] anchored;

    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();
    private final int maxPooled = 2 * Runtime.getRuntime().availableProcessors();

    private TextLinker(LabelIndex index) {
        this.index = index;
        int labels = index.size();
        LabelAnalyzer analyzer = new LabelAnalyzer();
        List<List<String>> words = new ArrayList<>(labels);
        for (int l = 0; l < labels; l++) {
            words.add(analyzer.words(index.labelText[l]));
        }
        this.compounds = LabelIndex.Builder.compounds(words);
        this.dutchTerms = new HashMap<>();
        this.englishTerms = new HashMap<>();
        int[] termStart = new int[labels + 1];
        int[] terms = new int[labels * 2];
        int[] frequency = new int[1024];
        int size = 0;
        // labels repeat their words (169,342 labels, some 40,000 distinct words): stem each word once
        List<Map<String, Integer>> wordTerms = List.of(new HashMap<>(), new HashMap<>());
        for (int l = 0; l < labels; l++) {
            LabelLanguage language = LANGUAGES[index.labelLanguage[l]];
            Map<String, Integer> ids = language == LabelLanguage.NL ? dutchTerms : englishTerms;
            Map<String, Integer> known = wordTerms.get(language.ordinal());
            int from = size;
            for (String word : words.get(l)) {
                Integer term = known.get(word);
                if (term == null) {
                    term = ids.computeIfAbsent(analyzer.stem(language, word),
                            stem -> dutchTerms.size() + englishTerms.size());
                    known.put(word, term);
                }
                if (contains(terms, from, size, term)) {
                    continue;
                }
                if (size == terms.length) {
                    terms = Arrays.copyOf(terms, size * 2);
                }
                terms[size++] = term;
            }
            if (size - from > MAX_LABEL_TERMS) {
                size = from;
            }
            for (int i = from; i < size; i++) {
                if (terms[i] >= frequency.length) {
                    frequency = Arrays.copyOf(frequency, Math.max(frequency.length * 2, terms[i] + 1));
                }
                frequency[terms[i]]++;
            }
            termStart[l + 1] = size;
        }
        this.labelTermStart = termStart;
        this.labelTerms = Arrays.copyOf(terms, size);
        int termCount = dutchTerms.size() + englishTerms.size();
        this.weight = new double[termCount];
        for (int t = 0; t < termCount; t++) {
            weight[t] = Math.log1p((double) labels / Math.max(1, frequency[t]));
        }
        this.unknownWeight = Math.log1p(labels);
        this.labelWeight = new double[labels];
        int[] anchor = new int[labels];
        this.anchorStart = new int[termCount + 1];
        for (int l = 0; l < labels; l++) {
            anchor[l] = -1;
            for (int i = labelTermStart[l]; i < labelTermStart[l + 1]; i++) {
                int term = labelTerms[i];
                labelWeight[l] += weight[term];
                if (anchor[l] < 0 || frequency[term] < frequency[anchor[l]]
                        || frequency[term] == frequency[anchor[l]] && term < anchor[l]) {
                    anchor[l] = term;
                }
            }
            if (anchor[l] >= 0) {
                anchorStart[anchor[l] + 1]++;
            }
        }
        for (int t = 0; t < termCount; t++) {
            anchorStart[t + 1] += anchorStart[t];
        }
        this.anchored = new int[anchorStart[termCount]];
        int[] fill = Arrays.copyOf(anchorStart, termCount);
        for (int l = 0; l < labels; l++) {
            if (anchor[l] >= 0) {
                anchored[fill[anchor[l]]++] = l;
            }
        }
    }

    /** Analyses every label of {@code index} once more (about a second for all of ESCO). */
    public static TextLinker of(LabelIndex index) {
        return new TextLinker(index);
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The concepts {@code text} names, best first (then by position), overlaps resolved.
     *
     * @param language the text's language: its labels count whole, the other language's less
     */
    public List<TextMention> mentions(String text, LabelLanguage language) {
        return mentions(text, language, budget(text));
    }

    /** As {@link #mentions(String, LabelLanguage)}, spending the steps it takes from {@code budget}. */
    List<TextMention> mentions(String text, LabelLanguage language, WorkBudget budget) {
        Scratch s = acquire(budget);
        try {
            analyze(s, text, MIN_WORD);
            int candidates = collect(s, language, -1, true);
            return resolve(s, candidates);
        } finally {
            release(s);
        }
    }

    /**
     * The steps a text of {@code characters} may cost: {@value #STEPS_PER_TEXT} and {@value #STEPS_PER_CHARACTER}
     * a character. A vacancy or CV costs a tenth of it or less (docs/performance.md); it bounds a text of 20,000
     * characters to well under a second on one core.
     */
    static long allowance(int characters) {
        return STEPS_PER_TEXT + STEPS_PER_CHARACTER * characters;
    }

    private static WorkBudget budget(String text) {
        return new WorkBudget(allowance(text.length()), text.length());
    }

    /** The concepts of {@code kind} that the title or phrase {@code text} may stand for, best first. */
    public List<ConceptMatch> normalize(String text, ConceptKind kind, LabelLanguage language, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        Scratch s = acquire(budget(text));
        try {
            analyze(s, text, MIN_WORD);
            if (s.tokens == 0) {
                analyze(s, text, 1); // a phrase of nothing but single letters means them: "R", "C#"
            }
            StringBuilder known = new StringBuilder();
            int words = 0;
            for (int t = 0; t < s.tokens; t++) {
                if (s.termFrom[t + 1] > s.termFrom[t]) {
                    known.append(s.words[t]).append(' ');
                    words++;
                }
            }
            Map<Integer, ConceptMatch> best = new LinkedHashMap<>();
            if (words > 0) {
                for (LabelHit hit : index.search(new LabelQuery(known.toString(), kind, language, k))) {
                    best.put(hit.conceptId(), new ConceptMatch(hit.conceptId(), hit.kind(), hit.label(), hit.language(),
                            hit.type(), score(hit, Math.min(words, Ranking.MAX_QUERY_WORDS))));
                }
            }
            int candidates = collect(s, language, kind.ordinal(), false);
            for (int c = 0; c < candidates; c++) {
                int label = s.candidateLabel[c];
                int concept = index.labelConcept[label];
                ConceptMatch match = best.get(concept);
                if (match == null || s.candidateScore[c] > match.score()) {
                    best.put(concept, new ConceptMatch(concept, kind, index.labelText[label],
                            LANGUAGES[index.labelLanguage[label]], TYPES[index.labelType[label]], s.candidateScore[c]));
                }
            }
            List<ConceptMatch> ranked = new ArrayList<>(best.values());
            ranked.sort((a, b) -> Double.compare(b.score(), a.score())); // stable: ties keep the index's order
            return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
        } finally {
            release(s);
        }
    }

    /** A whole-word hit's score: how well the words matched, each extra label word costing a quarter. */
    private static double score(LabelHit hit, int words) {
        if (hit.complete()) {
            return 1.0;
        }
        double matched = Ranking.coverage(hit.rank()) / (double) (Ranking.WORD * words);
        return matched / (1 + Ranking.extraWords(hit.rank()) / 4.0);
    }

    /** The tokens of {@code text} with their spans and folded words, as the linker sees them. */
    List<Token> tokens(String text) {
        Scratch s = acquire(WorkBudget.unlimited());
        try {
            analyze(s, text, MIN_WORD);
            List<Token> tokens = new ArrayList<>(s.tokens);
            for (int t = 0; t < s.tokens; t++) {
                tokens.add(new Token(s.start[t], s.end[t], s.words[t]));
            }
            return tokens;
        } finally {
            release(s);
        }
    }

    record Token(int start, int end, String word) {
    }

    /**
     * Splits {@code text} into words exactly as {@link LabelAnalyzer#words} does, remembering where in
     * the original text each word starts and ends, and gives each word its terms.
     */
    private void analyze(Scratch s, String text, int minWord) {
        s.tokens = 0;
        s.terms = 0;
        int begin = -1;
        int last = -1;
        char[] one = new char[1];
        for (int i = 0; i <= text.length(); i++) {
            int folded = 0;
            if (i < text.length()) {
                one[0] = Character.toLowerCase(text.charAt(i));
                folded = ASCIIFoldingFilter.foldToASCII(one, 0, s.folded, 0, 1);
            }
            for (int f = 0; f <= folded; f++) {
                boolean inWord = f < folded && Character.isLetterOrDigit(s.folded[f]);
                if (inWord) {
                    if (begin < 0) {
                        begin = i;
                        s.word.setLength(0);
                    }
                    s.word.append(s.folded[f]);
                    last = i;
                } else if (begin >= 0 && (f < folded || i == text.length())) {
                    if (s.word.length() >= minWord) {
                        addToken(s, begin, last + 1, s.word.toString().toLowerCase(Locale.ROOT));
                    }
                    begin = -1;
                }
            }
        }
        s.termFrom[s.tokens] = s.terms;
    }

    private void addToken(Scratch s, int start, int end, String word) {
        s.ensureTokens(s.tokens + 2);
        int t = s.tokens++;
        s.start[t] = start;
        s.end[t] = end;
        s.words[t] = word;
        s.termFrom[t] = s.terms;
        s.nextTokenMark(weight.length);
        addTerm(s, dutchTerms.get(stem(s, LabelLanguage.NL, word)), true);
        addTerm(s, englishTerms.get(stem(s, LabelLanguage.EN, word)), true);
        if (isVerbWithT(word)) {
            addTerm(s, dutchTerms.get(stem(s, LabelLanguage.NL, word.substring(0, word.length() - 1))), true);
        }
        if (word.length() >= MIN_COMPOUND) {
            for (String part : compounds.parts(LabelLanguage.NL, List.of(word), s.budget)) {
                addTerm(s, dutchTerms.get(stem(s, LabelLanguage.NL, part)), false);
            }
        }
        if (s.terms - s.termFrom[t] > FEW_TERMS) {
            s.sortTerms(s.termFrom[t], s.terms);
        }
    }

    /** A Snowball stemmer looks at each letter a few times: a step per letter. */
    private static String stem(Scratch s, LabelLanguage language, String word) {
        s.budget.spend(word.length());
        return s.analyzer.stem(language, word);
    }

    /**
     * Labels name activities in the infinitive ("zorgen voor"), vacancies address the reader ("je zorgt
     * voor"), and the Snowball stemmer keeps the -t: such a word also counts as the word without it.
     */
    static boolean isVerbWithT(String word) {
        return word.length() >= 5 && word.endsWith("t") && !word.endsWith("tt");
    }

    /** Adds a term to the last token, once: a compound of many known words has many parts, so no scan of those before. */
    private static void addTerm(Scratch s, Integer term, boolean whole) {
        if (term == null) {
            return;
        }
        if (s.termMark[term] == s.tokenMark) {
            s.whole[s.termSlot[term]] |= whole;
            return;
        }
        s.termMark[term] = s.tokenMark;
        s.termSlot[term] = s.terms;
        s.ensureTerms(s.terms + 1);
        s.term[s.terms] = term;
        s.whole[s.terms++] = whole;
    }

    /**
     * Leaves in {@code s.candidate*[0 .. return)} the labels anchored in the text with their runs and scores.
     *
     * @param kind       only concepts of this kind (ordinal), or -1 for both
     * @param contiguous mentions: a run of neighbouring tokens scoring {@value #MIN_SCORE} or more;
     *                   otherwise (normalization) all tokens of the text, scored also by the text's share
     */
    private int collect(Scratch s, LabelLanguage language, int kind, boolean contiguous) {
        int stamp = s.nextStamp(index.size());
        double textWeight = 0;
        if (!contiguous) {
            s.ensureTokenWeights(s.tokens);
            for (int t = 0; t < s.tokens; t++) {
                s.tokenWeight[t] = tokenWeight(s, t);
                textWeight += s.tokenWeight[t];
            }
        }
        int count = 0;
        for (int a = 0; a < s.tokens; a++) {
            for (int i = s.termFrom[a]; i < s.termFrom[a + 1]; i++) {
                int term = s.term[i];
                s.budget.spend(1 + anchorStart[term + 1] - anchorStart[term]);
                for (int p = anchorStart[term]; p < anchorStart[term + 1]; p++) {
                    int label = anchored[p];
                    if (kind >= 0 && index.conceptKind[index.labelConcept[label]] != kind
                            || s.runStamp[label] == stamp && s.runEnd[label] > a) {
                        continue; // another anchor of the same run already gave this label
                    }
                    s.runStamp[label] = stamp;
                    s.matchedWhole = 0;
                    s.matchedPart = 0;
                    matches(s, label, a);
                    int left = a;
                    int right = a;
                    double textMatched = contiguous ? 0 : s.tokenWeight[a];
                    if (contiguous) {
                        while (right + 1 < s.tokens && matches(s, label, right + 1)) {
                            right++;
                        }
                        while (left > 0 && matches(s, label, left - 1)) {
                            left--;
                        }
                    } else {
                        for (int t = 0; t < s.tokens; t++) {
                            if (t != a && matches(s, label, t)) {
                                textMatched += s.tokenWeight[t];
                            }
                        }
                        right = s.tokens - 1;
                    }
                    s.runEnd[label] = right + 1;
                    double share = labelShare(s, label);
                    boolean sameLanguage = index.labelLanguage[label] == language.ordinal();
                    if (!sameLanguage && share < 1.0) {
                        continue; // part of an English label in a Dutch text is mostly a false friend ("Excel")
                    }
                    double score = sameLanguage ? share : share * OTHER_LANGUAGE;
                    if (!contiguous) {
                        score *= textWeight > 0 ? Math.min(1.0, textMatched / textWeight) : 0;
                    } else if (score < MIN_SCORE) {
                        continue;
                    }
                    s.ensureCandidates(count + 1);
                    s.candidateLabel[count] = label;
                    s.candidateLeft[count] = left;
                    s.candidateRight[count] = right;
                    s.candidateScore[count++] = score;
                }
            }
        }
        return count;
    }

    /** A known token weighs as its rarest whole term (else its rarest part); an unknown one nothing, as no label can use it. */
    private double tokenWeight(Scratch s, int t) {
        double whole = 0;
        double part = 0;
        for (int i = s.termFrom[t]; i < s.termFrom[t + 1]; i++) {
            if (s.whole[i]) {
                whole = Math.max(whole, weight[s.term[i]]);
            } else {
                part = Math.max(part, weight[s.term[i]]);
            }
        }
        return whole > 0 ? whole : part;
    }

    /** Whether token {@code t} matches a word of {@code label}, marking the words it matches in {@code s}. */
    private boolean matches(Scratch s, int label, int t) {
        int from = labelTermStart[label];
        int to = labelTermStart[label + 1];
        int terms = s.termFrom[t + 1] - s.termFrom[t];
        if (terms > FEW_TERMS) {
            return matchesMany(s, label, t);
        }
        s.budget.spend(1 + (long) terms * (to - from));
        boolean any = false;
        for (int i = s.termFrom[t]; i < s.termFrom[t + 1]; i++) {
            int term = s.term[i];
            for (int x = from; x < to; x++) {
                if (labelTerms[x] == term) {
                    mark(s, x - from, s.whole[i]);
                    any = true;
                }
            }
        }
        return any;
    }

    /** {@link #matches} for a token of many terms (a compound of many known words): each label word looked up. */
    private boolean matchesMany(Scratch s, int label, int t) {
        int from = labelTermStart[label];
        int to = labelTermStart[label + 1];
        int terms = s.termFrom[t + 1] - s.termFrom[t];
        s.budget.spend(1 + (long) (to - from) * (32 - Integer.numberOfLeadingZeros(terms)));
        boolean any = false;
        for (int x = from; x < to; x++) {
            int i = s.termIndex(t, labelTerms[x]);
            if (i >= 0) {
                mark(s, x - from, s.whole[i]);
                any = true;
            }
        }
        return any;
    }

    private static void mark(Scratch s, int labelWord, boolean whole) {
        if (whole) {
            s.matchedWhole |= 1 << labelWord;
        } else {
            s.matchedPart |= 1 << labelWord;
        }
    }

    /** The share of the label's weight that the marked words carry. */
    private double labelShare(Scratch s, int label) {
        double matched = 0;
        int from = labelTermStart[label];
        for (int x = from; x < labelTermStart[label + 1]; x++) {
            int bit = 1 << (x - from);
            if ((s.matchedWhole & bit) != 0) {
                matched += weight[labelTerms[x]];
            } else if ((s.matchedPart & bit) != 0) {
                matched += PART * weight[labelTerms[x]];
            }
        }
        return matched / labelWeight[label];
    }

    /** Keeps, per kind, the best candidates that do not overlap (see the class comment), best first. */
    private List<TextMention> resolve(Scratch s, int count) {
        s.budget.spend((long) count * (1 + 32 - Integer.numberOfLeadingZeros(count))); // the sort
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> compare(s, a, b));
        int[][] owner = new int[KINDS.length][s.tokens];
        for (int[] o : owner) {
            Arrays.fill(o, -1);
        }
        List<Integer> accepted = new ArrayList<>();
        for (int c : order) {
            int label = s.candidateLabel[c];
            int concept = index.labelConcept[label];
            int[] owned = owner[index.conceptKind[concept]];
            s.budget.spend(1 + s.candidateRight[c] - s.candidateLeft[c]);
            boolean free = isFree(s, owned, c);
            if (free || isTwin(s, owned, c)) {
                for (int t = s.candidateLeft[c]; t <= s.candidateRight[c]; t++) {
                    if (owned[t] < 0) {
                        owned[t] = c;
                    }
                }
                s.nextTwin[c] = -1;
                if (!free) {
                    int winner = owned[s.candidateLeft[c]];
                    s.nextTwin[c] = s.nextTwin[winner];
                    s.nextTwin[winner] = c;
                }
                accepted.add(c);
            }
        }
        List<TextMention> mentions = new ArrayList<>(accepted.size());
        accepted.sort((a, b) -> {
            int byScore = Double.compare(s.candidateScore[b], s.candidateScore[a]);
            return byScore != 0 ? byScore : Integer.compare(s.candidateLeft[a], s.candidateLeft[b]);
        });
        for (int c : accepted) {
            int label = s.candidateLabel[c];
            int concept = index.labelConcept[label];
            mentions.add(new TextMention(concept, KINDS[index.conceptKind[concept]], s.start[s.candidateLeft[c]],
                    s.end[s.candidateRight[c]], index.labelText[label], LANGUAGES[index.labelLanguage[label]],
                    TYPES[index.labelType[label]], s.candidateScore[c]));
        }
        return mentions;
    }

    private static boolean isFree(Scratch s, int[] owned, int c) {
        for (int t = s.candidateLeft[c]; t <= s.candidateRight[c]; t++) {
            if (owned[t] >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code c} is as good as the winner of exactly its span, for a concept not yet named there. What
     * is accepted over exactly that span is the winner and the twins chained to it ({@code s.nextTwin}).
     */
    private boolean isTwin(Scratch s, int[] owned, int c) {
        int winner = owned[s.candidateLeft[c]];
        if (winner < 0 || s.candidateLeft[winner] != s.candidateLeft[c] || s.candidateRight[winner] != s.candidateRight[c]
                || s.candidateScore[winner] != s.candidateScore[c]) {
            return false;
        }
        int concept = index.labelConcept[s.candidateLabel[c]];
        for (int a = winner; a >= 0; a = s.nextTwin[a]) {
            s.budget.spend(1);
            if (index.labelConcept[s.candidateLabel[a]] == concept) {
                return false;
            }
        }
        return true;
    }

    /** Most covered (tokens times score) first, then higher score, stronger label type, lower concept, lower label. */
    private int compare(Scratch s, int a, int b) {
        int byCover = Double.compare(cover(s, b), cover(s, a));
        if (byCover != 0) {
            return byCover;
        }
        int byScore = Double.compare(s.candidateScore[b], s.candidateScore[a]);
        if (byScore != 0) {
            return byScore;
        }
        int labelA = s.candidateLabel[a];
        int labelB = s.candidateLabel[b];
        int byType = Integer.compare(TYPES[index.labelType[labelB]].rank, TYPES[index.labelType[labelA]].rank);
        if (byType != 0) {
            return byType;
        }
        int byConcept = Integer.compare(index.labelConcept[labelA], index.labelConcept[labelB]);
        if (byConcept != 0) {
            return byConcept;
        }
        int byLabel = Integer.compare(labelA, labelB);
        return byLabel != 0 ? byLabel : Integer.compare(s.candidateLeft[a], s.candidateLeft[b]);
    }

    private static double cover(Scratch s, int c) {
        return (s.candidateRight[c] - s.candidateLeft[c] + 1) * s.candidateScore[c];
    }

    private Scratch acquire(WorkBudget budget) {
        Scratch s = scratches.poll();
        if (s == null) {
            s = new Scratch();
        }
        s.budget = budget;
        return s;
    }

    private void release(Scratch s) {
        s.budget = null;
        if (scratches.size() < maxPooled) {
            scratches.offer(s);
        }
    }

    /** Work arrays of one text at a time, grown as needed; stamps spare clearing the per-label arrays. */
    private static final class Scratch {
        final LabelAnalyzer analyzer = new LabelAnalyzer();
        final char[] folded = new char[4];
        final StringBuilder word = new StringBuilder();

        int tokens;
        int[] start = new int[64];
        int[] end = new int[64];
        String[] words = new String[64];
        int[] termFrom = new int[65];
        int terms;
        int[] term = new int[256];
        boolean[] whole = new boolean[256];
        /** Per term id: the mark of the last token given it, and where in {@code term} that token has it. */
        /** For a token of many terms: {@code term << 32 | index in term}, sorted, in the same places as its terms. */
        long[] sortedTerms = new long[0];
        int[] termMark = new int[0];
        int[] termSlot = new int[0];
        int tokenMark;
        WorkBudget budget;

        int[] runStamp = new int[0];
        int[] runEnd = new int[0];
        int stamp;
        int matchedWhole;
        int matchedPart;

        double[] tokenWeight = new double[64];

        int[] candidateLabel = new int[64];
        int[] candidateLeft = new int[64];
        int[] candidateRight = new int[64];
        double[] candidateScore = new double[64];
        /** The next candidate accepted over exactly the same span as this accepted one, or -1. */
        int[] nextTwin = new int[64];

        void ensureTokens(int n) {
            if (n > start.length) {
                int capacity = Math.max(n, start.length * 2);
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                words = Arrays.copyOf(words, capacity);
                termFrom = Arrays.copyOf(termFrom, capacity + 1);
            }
        }

        void ensureTokenWeights(int n) {
            if (n > tokenWeight.length) {
                tokenWeight = new double[Math.max(n, tokenWeight.length * 2)];
            }
        }

        void ensureTerms(int n) {
            if (n > term.length) {
                term = Arrays.copyOf(term, Math.max(n, term.length * 2));
                whole = Arrays.copyOf(whole, term.length);
            }
        }

        void ensureCandidates(int n) {
            if (n > candidateLabel.length) {
                int capacity = Math.max(n, candidateLabel.length * 2);
                candidateLabel = Arrays.copyOf(candidateLabel, capacity);
                candidateLeft = Arrays.copyOf(candidateLeft, capacity);
                candidateRight = Arrays.copyOf(candidateRight, capacity);
                candidateScore = Arrays.copyOf(candidateScore, capacity);
                nextTwin = new int[capacity];
            }
        }

        void sortTerms(int from, int to) {
            if (sortedTerms.length < to) {
                sortedTerms = Arrays.copyOf(sortedTerms, Math.max(to, sortedTerms.length * 2));
            }
            for (int i = from; i < to; i++) {
                sortedTerms[i] = (long) term[i] << 32 | i;
            }
            Arrays.sort(sortedTerms, from, to);
        }

        /** Where in {@code term} token {@code t}, one of many terms, has {@code wanted}; -1 if it has not. */
        int termIndex(int t, int wanted) {
            int lo = termFrom[t];
            int hi = termFrom[t + 1] - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int found = (int) (sortedTerms[mid] >>> 32);
                if (found < wanted) {
                    lo = mid + 1;
                } else if (found > wanted) {
                    hi = mid - 1;
                } else {
                    return (int) sortedTerms[mid];
                }
            }
            return -1;
        }

        void nextTokenMark(int termCount) {
            if (termMark.length < termCount) {
                termMark = new int[termCount];
                termSlot = new int[termCount];
                tokenMark = 0;
            }
            if (tokenMark == Integer.MAX_VALUE) {
                Arrays.fill(termMark, 0);
                tokenMark = 0;
            }
            tokenMark++;
        }

        int nextStamp(int labels) {
            if (runStamp.length < labels) {
                runStamp = new int[labels];
                runEnd = new int[labels];
                stamp = 0;
            }
            if (stamp == Integer.MAX_VALUE) {
                Arrays.fill(runStamp, 0);
                stamp = 0;
            }
            return ++stamp;
        }
    }
}
