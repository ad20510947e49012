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

    public void ensureCapacity(int capacity) {
        if (scores.length < capacity) {
            int size = Math.max(capacity, scores.length + (scores.length >> 3));
            scores = new double[size];
            credits = new float[size];
            isTouched = new boolean[size];
            touched = new int[size];
            creditTouched = new int[size];
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
        }
        touchedCount = 0;
    }
}
