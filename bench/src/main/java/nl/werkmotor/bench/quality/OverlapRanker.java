package nl.werkmotor.bench.quality;

import java.util.List;

/**
 * The set-overlap baselines over an inverted index skill → documents: Jaccard, {@code |Q ∩ D| / |Q ∪ D|},
 * and IDF-weighted overlap, {@code Σ idf(s)} over the shared skills {@code s ∈ Q ∩ D}, with the same
 * IDF the engine uses as specificity. Neither knows essential from optional nor the skill hierarchy.
 */
final class OverlapRanker implements Ranker {
    private final String name;
    private final int[][] postings;
    private final int[] sizes;
    private final float[] idf;
    /** Per-thread scratch: accumulated scores and the documents touched. */
    private final ThreadLocal<Scratch> scratch;

    private record Scratch(double[] scores, int[] touched) {
    }

    private OverlapRanker(String name, int skills, List<int[]> documents, float[] idf) {
        this.name = name;
        this.idf = idf;
        var counts = new int[skills];
        sizes = new int[documents.size()];
        for (int doc = 0; doc < documents.size(); doc++) {
            sizes[doc] = documents.get(doc).length;
            for (int skill : documents.get(doc)) {
                counts[skill]++;
            }
        }
        postings = new int[skills][];
        for (int skill = 0; skill < skills; skill++) {
            postings[skill] = new int[counts[skill]];
            counts[skill] = 0;
        }
        for (int doc = 0; doc < documents.size(); doc++) {
            for (int skill : documents.get(doc)) {
                postings[skill][counts[skill]++] = doc;
            }
        }
        int count = documents.size();
        scratch = ThreadLocal.withInitial(() -> new Scratch(new double[count], new int[count]));
    }

    /** @param documents each document's distinct skills */
    static OverlapRanker jaccard(int skills, List<int[]> documents) {
        return new OverlapRanker("Jaccard", skills, documents, null);
    }

    static OverlapRanker idfOverlap(int skills, List<int[]> documents, float[] idf) {
        return new OverlapRanker("IDF overlap", skills, documents, idf);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] top(SkillQuery query, int k) {
        double[] scores = scratch.get().scores();
        int[] touched = scratch.get().touched();
        int[] skills = query.all();
        int count = 0;
        for (int skill : skills) {
            for (int doc : postings[skill]) {
                if (scores[doc] == 0) {
                    touched[count++] = doc;
                }
                scores[doc] += idf == null ? 1 : idf[skill];
            }
        }
        var top = new TopIds(k);
        for (int i = 0; i < count; i++) {
            int doc = touched[i];
            double overlap = scores[doc];
            top.offer(doc, idf == null ? overlap / (skills.length + sizes[doc] - overlap) : overlap);
            scores[doc] = 0;
        }
        return top.drainBestFirst();
    }
}
