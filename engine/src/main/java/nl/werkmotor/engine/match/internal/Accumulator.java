package nl.werkmotor.engine.match.internal;

/**
 * Per-thread scratch for one query: a score per id, a touched flag per id and the list of ids
 * touched, so a query resets only what it touched instead of clearing arrays of a million entries.
 */
public final class Accumulator {
    /** Sums of float contributions, in double: exact for any order of adding, so any order gives the same score. */
    public double[] scores = new double[0];
    /** Second array: the best credit per id for the needed skill being processed, or per needed skill. */
    public float[] credits = new float[0];
    public boolean[] isTouched = new boolean[0];
    public int[] touched = new int[0];
    public int touchedCount;
    public int[] creditTouched = new int[0];
    public int creditTouchedCount;
    /** Per needed skill: the index of the claim that earns its best credit (the lowest claimed skill on a tie). */
    public int[] bestClaim = new int[0];
    /** Per id: the specificity of the claims that earn its credit, each claim once, in double (exact in any order). */
    public double[] used = new double[0];
    /** Per id: 1 + the claim last added to {@link #used}, so a claim that earns several skills counts once. */
    public int[] usedBy = new int[0];

    public void ensureCapacity(int capacity) {
        if (scores.length < capacity) {
            int size = Math.max(capacity, scores.length + (scores.length >> 3));
            scores = new double[size];
            credits = new float[size];
            isTouched = new boolean[size];
            touched = new int[size];
            creditTouched = new int[size];
            bestClaim = new int[size];
            used = new double[size];
            usedBy = new int[size];
        }
    }

    public void touch(int id) {
        if (!isTouched[id]) {
            isTouched[id] = true;
            touched[touchedCount++] = id;
        }
    }

    public void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            isTouched[id] = false;
            scores[id] = 0;
            used[id] = 0;
            usedBy[id] = 0;
        }
        touchedCount = 0;
    }
}
