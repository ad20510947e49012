package nl.werkmotor.engine.match.internal;

/**
 * Per-thread scratch for one query: a score per id, a per-id state (unseen, passes the filters,
 * fails them) and the list of ids touched, so a query resets only what it touched instead of
 * clearing arrays of a million entries.
 */
public final class Accumulator {
    public static final byte UNSEEN = 0;
    public static final byte PASSES = 1;
    public static final byte FAILS = 2;

    public float[] scores = new float[0];
    /** Second score array: the best credit per id for the needed skill being processed. */
    public float[] credits = new float[0];
    public byte[] states = new byte[0];
    public int[] touched = new int[0];
    public int touchedCount;
    public int[] creditTouched = new int[0];
    public int creditTouchedCount;

    public void ensureCapacity(int capacity) {
        if (scores.length < capacity) {
            int size = Math.max(capacity, scores.length + (scores.length >> 3));
            scores = new float[size];
            credits = new float[size];
            states = new byte[size];
            touched = new int[size];
            creditTouched = new int[size];
        }
    }

    /** Marks an id touched with its filter outcome. */
    public void touch(int id, byte state) {
        states[id] = state;
        touched[touchedCount++] = id;
    }

    public void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int id = touched[i];
            states[id] = UNSEEN;
            scores[id] = 0f;
        }
        touchedCount = 0;
    }
}
