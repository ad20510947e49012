package nl.werkmotor.engine.match;

/** How much a needed skill matters to the side that needs it: an essential skill weighs more than an optional one. */
public enum Importance {
    ESSENTIAL(1.0f),
    OPTIONAL(0.1f);

    private final float factor;

    Importance(float factor) {
        this.factor = factor;
    }

    public float factor() {
        return factor;
    }
}
