package nl.werkmotor.engine.match;

/**
 * How well a skill claim is backed, weakest first. A claim counts for {@link #factor()} of a skill:
 * a badge-verified skill counts in full, a self-declared one for 70%, so evidence reorders close
 * candidates without silencing people who have only declared what they can.
 */
public enum Evidence {
    SELF_DECLARED(0.70f),
    CONFIRMED(0.85f),
    ASSESSED(0.95f),
    BADGE_VERIFIED(1.00f);

    private static final Evidence[] VALUES = values();

    private final float factor;

    Evidence(float factor) {
        this.factor = factor;
    }

    public float factor() {
        return factor;
    }

    static Evidence ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
