package nl.werkmotor.engine.match;

/**
 * How a claimed skill relates to a needed one, and the share of the needed skill it earns. One hop
 * only: a sibling in the hierarchy or a relation of a relation earns nothing, so every partial credit
 * can be shown as one line in an {@link Explanation}.
 */
public enum Relation {
    /** The claimed skill is the needed skill. */
    EXACT(1.0f),
    /** The claimed skill is a narrower one of the needed skill: who can drive a bus can drive. */
    NARROWER(0.8f),
    /** The claimed skill is a broader one of the needed skill: general, not yet specific. */
    BROADER(0.5f),
    /** The two skills are linked by a skill–skill relation (either direction). */
    RELATED(0.4f);

    private static final Relation[] VALUES = values();

    private final float factor;

    Relation(float factor) {
        this.factor = factor;
    }

    public float factor() {
        return factor;
    }

    static Relation ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
