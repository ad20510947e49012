package nl.werkmotor.engine.match.internal;

/**
 * The best k (id, score) pairs seen, in a bounded min-heap on primitives. Higher score wins; equal
 * scores go to the lower id, so results do not depend on the order ids are offered in.
 */
public final class TopK {
    private final int[] ids;
    private final float[] scores;
    private int size;

    public TopK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        ids = new int[k];
        scores = new float[k];
    }

    /** Whether (id, score) would enter the heap now; lets callers skip costly checks for ids that would not. */
    public boolean competitive(int id, float score) {
        return size < ids.length || worse(ids[0], scores[0], id, score);
    }

    public void offer(int id, float score) {
        if (size < ids.length) {
            ids[size] = id;
            scores[size] = score;
            up(size++);
        } else if (worse(ids[0], scores[0], id, score)) {
            ids[0] = id;
            scores[0] = score;
            down(0);
        }
    }

    /** Empties the heap into {@code outIds}/{@code outScores}, best first; returns the count. */
    public int drainBestFirst(int[] outIds, float[] outScores) {
        int count = size;
        while (size > 0) {
            outIds[size - 1] = ids[0];
            outScores[size - 1] = scores[0];
            size--;
            ids[0] = ids[size];
            scores[0] = scores[size];
            down(0);
        }
        return count;
    }

    /** Whether (aId, aScore) ranks below (bId, bScore). */
    private static boolean worse(int aId, float aScore, int bId, float bScore) {
        return aScore < bScore || (aScore == bScore && aId > bId);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(ids[i], scores[i], ids[parent], scores[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && worse(ids[left + 1], scores[left + 1], ids[left], scores[left]) ? left + 1 : left;
            if (!worse(ids[child], scores[child], ids[i], scores[i])) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
