package nl.werkmotor.engine.match.internal;

import java.util.Arrays;

/**
 * One posting list: ids with a float each (an evidence factor or a skill weight), in no particular
 * order. Scores never depend on posting order, so removal swaps the last posting into the gap.
 * Not thread-safe; the index guards it.
 */
public final class Postings {
    private int[] ids = new int[4];
    private float[] values = new float[4];
    private int size;

    public int size() {
        return size;
    }

    /** Direct access for the scoring loops; valid up to {@link #size()}. */
    public int[] ids() {
        return ids;
    }

    public float[] values() {
        return values;
    }

    public void add(int id, float value) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size + (size >> 1) + 4);
            values = Arrays.copyOf(values, ids.length);
        }
        ids[size] = id;
        values[size++] = value;
    }

    public void remove(int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                size--;
                ids[i] = ids[size];
                values[i] = values[size];
                return;
            }
        }
        throw new AssertionError("id " + id + " is not in this posting list");
    }

    /** Drops spare capacity after a bulk load. */
    public void trim() {
        ids = Arrays.copyOf(ids, size);
        values = Arrays.copyOf(values, size);
    }
}
