package nl.werkmotor.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Type-ahead search over the labels of taxonomy concepts: "buschauff" finds the bus driver through
 * its Dutch label "buschauffeur", "heftruck" finds "heftruckchauffeur", "Verzorgenden" finds
 * "verzorgende". Immutable and safe for any number of concurrent readers; build a new one to change
 * it and swap the reference.
 *
 * <h2>Structure</h2>
 * One sorted term dictionary holds three kinds of term: label words and their compound parts and
 * joins (plain text, so a prefix is a contiguous range of terms), Dutch stems (prefixed
 * {@value #DUTCH_STEM}) and English stems (prefixed {@value #ENGLISH_STEM}). The postings of term
 * {@code t} are {@code postings[termStart[t] .. termStart[t + 1])}, label numbers in increasing order,
 * each shifted left one bit with the low bit set when the term is a word of the label rather than a
 * part. Because the postings of consecutive terms are consecutive, the cost of a prefix is known
 * before any posting is read.
 *
 * <h2>Query</h2>
 * Every query word must match (AND). Words are processed cheapest first; the first one collects
 * candidate labels, each next one keeps the candidates it also matches, remembering per label the
 * best {@link Ranking quality} of each word in stamped arrays (no clearing, no allocation per posting).
 * The survivors are ranked ({@link Ranking}), reduced to the best label per concept, and the top k
 * concepts kept in a small heap.
 */
public final class LabelIndex {

    static final char DUTCH_STEM = '\u0001';
    static final char ENGLISH_STEM = '\u0002';

    private static final ConceptKind[] KINDS = ConceptKind.values();
    private static final LabelLanguage[] LANGUAGES = LabelLanguage.values();
    private static final LabelType[] TYPES = LabelType.values();

    private final String[] terms;
    private final int[] termStart;
    private final int[] postings;

    // read by TextLinker, which finds the same labels in running text
    final int[] labelConcept;
    final byte[] labelLanguage;
    final byte[] labelType;
    private final byte[] labelWords;
    private final short[] labelLength;
    final String[] labelText;
    final byte[] conceptKind;
    private final int concepts;

    /**
     * Per-query work arrays, reused: a pool rather than thread locals, as requests may run on virtual
     * threads. It keeps no more than the CPUs can use at once; a burst beyond that allocates and drops.
     */
    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();
    private final int maxPooled = 2 * Runtime.getRuntime().availableProcessors();

    private LabelIndex(Builder b, String[] terms, int[] termStart, int[] postings) {
        this.terms = terms;
        this.termStart = termStart;
        this.postings = postings;
        int n = b.size;
        this.labelConcept = Arrays.copyOf(b.concept, n);
        this.labelLanguage = Arrays.copyOf(b.language, n);
        this.labelType = Arrays.copyOf(b.type, n);
        this.labelWords = new byte[n];
        this.labelLength = new short[n];
        this.labelText = b.text.toArray(String[]::new);
        int maxConcept = -1;
        for (int i = 0; i < n; i++) {
            maxConcept = Math.max(maxConcept, labelConcept[i]);
        }
        this.conceptKind = new byte[maxConcept + 1];
        Arrays.fill(conceptKind, (byte) -1);
        for (int i = 0; i < n; i++) {
            byte kind = b.kind[i];
            int concept = labelConcept[i];
            if (conceptKind[concept] >= 0 && conceptKind[concept] != kind) {
                throw new IllegalArgumentException("concept " + concept + " has labels of two kinds");
            }
            conceptKind[concept] = kind;
            labelLength[i] = (short) Math.min(labelText[i].length(), Short.MAX_VALUE);
        }
        int distinct = 0;
        for (byte kind : conceptKind) {
            distinct += kind >= 0 ? 1 : 0;
        }
        this.concepts = distinct;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of labels. */
    public int size() {
        return labelText.length;
    }

    /** Number of concepts with at least one label. */
    public int concepts() {
        return concepts;
    }

    /** The best matching concepts, best first, each with its best matching label. */
    public List<LabelHit> search(LabelQuery query) {
        Scratch s = scratches.poll();
        if (s == null) {
            s = new Scratch(labelText.length, conceptKind.length);
        }
        try {
            return search(query, s);
        } finally {
            if (scratches.size() < maxPooled) {
                scratches.offer(s);
            }
        }
    }

    private List<LabelHit> search(LabelQuery query, Scratch s) {
        List<String> words = s.analyzer.words(query.text());
        boolean prefix = LabelAnalyzer.endsInWord(query.text());
        if (words.size() > Ranking.MAX_QUERY_WORDS) {
            words = words.subList(0, Ranking.MAX_QUERY_WORDS);
            prefix = false;
        }
        int n = words.size();
        if (n == 0) {
            return List.of();
        }
        for (int w = 0; w < n; w++) {
            collectRanges(s, w, words.get(w), prefix && w == n - 1);
        }
        int[] order = cheapestFirst(s, n);
        int candidates = matchAll(s, order, n);
        int found = bestLabelPerConcept(s, candidates, n, query);
        return topK(s, found, query.k());
    }

    /** The term ranges that match query word {@code w}, with the quality of a word and of a part posting in each. */
    private void collectRanges(Scratch s, int w, String word, boolean prefix) {
        s.ranges[w] = 0;
        s.cost[w] = 0;
        if (prefix) {
            int from = lowerBound(word);
            int to = prefixEnd(word, from);
            if (from < to && terms[from].equals(word)) {
                addRange(s, w, from, from + 1, Ranking.WORD, Ranking.PART);
                from++;
            }
            addRange(s, w, from, to, Ranking.PREFIX, Ranking.PREFIX_PART);
        } else {
            addTerm(s, w, word, Ranking.WORD, Ranking.PART);
        }
        addTerm(s, w, DUTCH_STEM + s.analyzer.stem(LabelLanguage.NL, word), Ranking.WORD, Ranking.WORD);
        addTerm(s, w, ENGLISH_STEM + s.analyzer.stem(LabelLanguage.EN, word), Ranking.WORD, Ranking.WORD);
    }

    private void addTerm(Scratch s, int w, String term, int wordQuality, int partQuality) {
        int at = lowerBound(term);
        if (at < terms.length && terms[at].equals(term)) {
            addRange(s, w, at, at + 1, wordQuality, partQuality);
        }
    }

    private void addRange(Scratch s, int w, int fromTerm, int toTerm, int wordQuality, int partQuality) {
        if (fromTerm >= toTerm) {
            return;
        }
        int at = (w * Scratch.MAX_RANGES + s.ranges[w]++) * 4;
        s.range[at] = termStart[fromTerm];
        s.range[at + 1] = termStart[toTerm];
        s.range[at + 2] = wordQuality;
        s.range[at + 3] = partQuality;
        s.cost[w] += termStart[toTerm] - termStart[fromTerm];
    }

    private static int[] cheapestFirst(Scratch s, int n) {
        int[] order = s.order;
        for (int i = 0; i < n; i++) {
            int w = i;
            while (w > 0 && s.cost[order[w - 1]] > s.cost[i]) {
                order[w] = order[w - 1];
                w--;
            }
            order[w] = i;
        }
        return order;
    }

    /**
     * Leaves in {@code s.candidates[0 .. return)} the labels every query word matches, with the sum of
     * the qualities in {@code s.sum} and the lowest in {@code s.min}.
     */
    private int matchAll(Scratch s, int[] order, int n) {
        int[] mark = s.mark;
        byte[] best = s.best;
        int[] candidates = s.candidates;
        int count = 0;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            int w = order[i];
            int stamp = s.nextStamp();
            boolean first = i == 0;
            for (int r = 0; r < s.ranges[w]; r++) {
                int at = (w * Scratch.MAX_RANGES + r) * 4;
                int end = s.range[at + 1];
                int wordQuality = s.range[at + 2];
                int partQuality = s.range[at + 3];
                for (int p = s.range[at]; p < end; p++) {
                    int posting = postings[p];
                    int label = posting >>> 1;
                    int quality = (posting & 1) != 0 ? wordQuality : partQuality;
                    int m = mark[label];
                    if (m == stamp) {
                        if (quality > best[label]) {
                            best[label] = (byte) quality;
                        }
                    } else if (first || m == previous) {
                        mark[label] = stamp;
                        best[label] = (byte) quality;
                        if (first) {
                            candidates[count++] = label;
                        }
                    }
                }
            }
            int kept = 0;
            for (int c = 0; c < count; c++) {
                int label = candidates[c];
                if (mark[label] == stamp) {
                    byte quality = best[label];
                    s.sum[label] = first ? quality : (byte) (s.sum[label] + quality);
                    s.min[label] = first ? quality : (byte) Math.min(s.min[label], quality);
                    candidates[kept++] = label;
                }
            }
            count = kept;
            if (count == 0) {
                break;
            }
            previous = stamp;
        }
        return count;
    }

    /** Ranks the candidates and keeps the best label of each concept; returns the number of concepts. */
    private int bestLabelPerConcept(Scratch s, int candidates, int queryWords, LabelQuery query) {
        int stamp = s.nextConceptStamp();
        int found = 0;
        int wantedKind = query.kind() == null ? -1 : query.kind().ordinal();
        int preferredLanguage = query.language() == null ? -1 : query.language().ordinal();
        for (int c = 0; c < candidates; c++) {
            int label = s.candidates[c];
            int concept = labelConcept[label];
            if (wantedKind >= 0 && conceptKind[concept] != wantedKind) {
                continue;
            }
            long rank = rank(label, s.sum[label], s.min[label], queryWords, preferredLanguage);
            if (s.conceptMark[concept] != stamp) {
                s.conceptMark[concept] = stamp;
                s.conceptRank[concept] = rank;
                s.conceptLabel[concept] = label;
                s.found[found++] = concept;
            } else if (rank > s.conceptRank[concept] || rank == s.conceptRank[concept] && label < s.conceptLabel[concept]) {
                s.conceptRank[concept] = rank;
                s.conceptLabel[concept] = label;
            }
        }
        return found;
    }

    private long rank(int label, int sum, int min, int queryWords, int preferredLanguage) {
        int words = labelWords[label];
        return Ranking.rank(min >= Ranking.WORD && words == queryWords, sum, labelLanguage[label] == preferredLanguage,
                TYPES[labelType[label]], Math.max(0, words - queryWords), labelLength[label], labelConcept[label]);
    }

    private List<LabelHit> topK(Scratch s, int found, int k) {
        long[] heap = new long[Math.min(k, found)];
        int size = 0;
        for (int i = 0; i < found; i++) {
            long rank = s.conceptRank[s.found[i]];
            if (size < heap.length) {
                heap[size++] = rank;
                siftUp(heap, size - 1);
            } else if (rank > heap[0]) {
                heap[0] = rank;
                siftDown(heap, size);
            }
        }
        Arrays.sort(heap, 0, size);
        List<LabelHit> hits = new ArrayList<>(size);
        for (int i = size - 1; i >= 0; i--) {
            int concept = Integer.MAX_VALUE - (int) (heap[i] & Integer.MAX_VALUE);
            int label = s.conceptLabel[concept];
            hits.add(new LabelHit(concept, KINDS[conceptKind[concept]], labelText[label], LANGUAGES[labelLanguage[label]],
                    TYPES[labelType[label]], heap[i]));
        }
        return hits;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= heap[i]) {
                return;
            }
            long t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            long t = heap[smallest];
            heap[smallest] = heap[i];
            heap[i] = t;
            i = smallest;
        }
    }

    /** The first term not below {@code term}. */
    private int lowerBound(String term) {
        int lo = 0;
        int hi = terms.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms[mid].compareTo(term) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first term from {@code from} on that does not start with {@code prefix}: sorted terms with a prefix are contiguous. */
    private int prefixEnd(String prefix, int from) {
        int lo = from;
        int hi = terms.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms[mid].startsWith(prefix)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Work arrays of one query at a time; stamps make clearing between queries unnecessary. */
    private static final class Scratch {
        static final int MAX_RANGES = 4;

        final LabelAnalyzer analyzer = new LabelAnalyzer();
        final int[] ranges = new int[Ranking.MAX_QUERY_WORDS];
        final int[] range = new int[Ranking.MAX_QUERY_WORDS * MAX_RANGES * 4];
        final long[] cost = new long[Ranking.MAX_QUERY_WORDS];
        final int[] order = new int[Ranking.MAX_QUERY_WORDS];

        final int[] mark;
        /** Qualities and their sums fit in a byte ({@link Ranking#MAX_QUERY_WORDS} times {@link Ranking#WORD}). */
        final byte[] best;
        final byte[] sum;
        final byte[] min;
        final int[] candidates;
        int stamp;

        final int[] conceptMark;
        final long[] conceptRank;
        final int[] conceptLabel;
        final int[] found;
        int conceptStamp;

        Scratch(int labels, int concepts) {
            mark = new int[labels];
            best = new byte[labels];
            sum = new byte[labels];
            min = new byte[labels];
            candidates = new int[labels];
            conceptMark = new int[concepts];
            conceptRank = new long[concepts];
            conceptLabel = new int[concepts];
            found = new int[concepts];
        }

        int nextStamp() {
            if (stamp == Integer.MAX_VALUE) {
                Arrays.fill(mark, 0);
                stamp = 0;
            }
            return ++stamp;
        }

        int nextConceptStamp() {
            if (conceptStamp == Integer.MAX_VALUE) {
                Arrays.fill(conceptMark, 0);
                conceptStamp = 0;
            }
            return ++conceptStamp;
        }
    }

    /** Collects labels; {@link #build()} analyses them all at once, as compound splitting needs every word known. */
    public static final class Builder {
        private int size;
        private int[] concept = new int[1024];
        private byte[] kind = new byte[1024];
        private byte[] language = new byte[1024];
        private byte[] type = new byte[1024];
        private final List<String> text = new ArrayList<>();

        private Builder() {
        }

        /** @param conceptId a small non-negative number, unique over both kinds (arrays are sized by the largest) */
        public Builder add(int conceptId, ConceptKind kind, LabelLanguage language, LabelType type, String text) {
            if (conceptId < 0) {
                throw new IllegalArgumentException("concept id must not be negative: " + conceptId);
            }
            if (size == concept.length) {
                int capacity = size * 2;
                concept = Arrays.copyOf(concept, capacity);
                this.kind = Arrays.copyOf(this.kind, capacity);
                this.language = Arrays.copyOf(this.language, capacity);
                this.type = Arrays.copyOf(this.type, capacity);
            }
            concept[size] = conceptId;
            this.kind[size] = (byte) kind.ordinal();
            this.language[size] = (byte) language.ordinal();
            this.type[size] = (byte) type.ordinal();
            this.text.add(Objects.requireNonNull(text, "text"));
            size++;
            return this;
        }

        public LabelIndex build() {
            LabelAnalyzer analyzer = new LabelAnalyzer();
            List<List<String>> words = new ArrayList<>(size);
            for (String label : text) {
                words.add(analyzer.words(label));
            }
            Compounds compounds = compounds(words);
            TermPostings pairs = new TermPostings();
            for (int label = 0; label < size; label++) {
                LabelLanguage lang = LANGUAGES[language[label]];
                AnalyzedLabel analyzed = AnalyzedLabel.of(analyzer, compounds, lang, words.get(label));
                for (String word : analyzed.words()) {
                    pairs.add(word, label << 1 | 1);
                }
                char namespace = lang == LabelLanguage.NL ? DUTCH_STEM : ENGLISH_STEM;
                for (String stem : analyzed.stems()) {
                    pairs.add(namespace + stem, label << 1 | 1);
                }
                for (String part : analyzed.parts()) {
                    pairs.add(part, label << 1);
                }
            }
            String[] terms = pairs.ids.keySet().toArray(String[]::new);
            Arrays.sort(terms);
            int[] termStart = new int[terms.length + 1];
            int[] position = new int[terms.length]; // term id -> position in the sorted dictionary
            for (int t = 0; t < terms.length; t++) {
                position[pairs.ids.get(terms[t])] = t;
            }
            for (int i = 0; i < pairs.size; i++) {
                termStart[position[pairs.term[i]] + 1]++;
            }
            for (int t = 0; t < terms.length; t++) {
                termStart[t + 1] += termStart[t];
            }
            // a stable counting sort by term keeps each term's postings in label order
            int[] postings = new int[pairs.size];
            int[] fill = Arrays.copyOf(termStart, terms.length);
            for (int i = 0; i < pairs.size; i++) {
                postings[fill[position[pairs.term[i]]]++] = pairs.posting[i];
            }
            LabelIndex index = new LabelIndex(this, terms, termStart, postings);
            for (int label = 0; label < size; label++) {
                index.labelWords[label] = (byte) Math.min(words.get(label).size(), Byte.MAX_VALUE);
            }
            return index;
        }

        static Compounds compounds(List<List<String>> words) {
            Set<String> vocabulary = new HashSet<>();
            for (List<String> labelWords : words) {
                for (String word : labelWords) {
                    if (Compounds.isKnownWordCandidate(word)) {
                        vocabulary.add(word);
                    }
                }
            }
            return new Compounds(vocabulary);
        }
    }

    /**
     * (term, posting) pairs in label order, terms numbered as first seen. A label that gives a term
     * twice (a word that is also a join, "bus bus") keeps one posting, as a word if either was.
     */
    private static final class TermPostings {
        final Map<String, Integer> ids = new HashMap<>();
        int[] term = new int[1 << 16];
        int[] posting = new int[1 << 16];
        int[] lastPosting = new int[1 << 12]; // per term id: index of its latest pair, to merge repeats
        int size;

        void add(String text, int labelPosting) {
            Integer known = ids.putIfAbsent(text, ids.size());
            int id = known == null ? ids.size() - 1 : known;
            if (id >= lastPosting.length) {
                lastPosting = Arrays.copyOf(lastPosting, lastPosting.length * 2);
            }
            if (known != null) {
                int last = lastPosting[id];
                if (posting[last] >>> 1 == labelPosting >>> 1) {
                    posting[last] |= labelPosting;
                    return;
                }
            }
            if (size == term.length) {
                term = Arrays.copyOf(term, size * 2);
                posting = Arrays.copyOf(posting, size * 2);
            }
            term[size] = id;
            posting[size] = labelPosting;
            lastPosting[id] = size++;
        }
    }
}
