package nl.werkmotor.engine.match;

/** Who a person has agreed may find them (consent first: the default is {@link #PRIVATE}). */
public enum Visibility {
    /** Found by nobody; the person still sees their own matches. */
    PRIVATE,
    /** Found by case workers and advisers of the region's partner organisations. */
    PARTNERS,
    /** Found by partners and, anonymously, by employers. */
    EMPLOYERS_ANONYMOUS;

    /** Bit v set for each visibility ordinal v that {@code viewer} may see. */
    static int maskVisibleTo(Viewer viewer) {
        int mask = 0;
        for (var visibility : values()) {
            if (visibility.visibleTo(viewer)) {
                mask |= 1 << visibility.ordinal();
            }
        }
        return mask;
    }

    private boolean visibleTo(Viewer viewer) {
        return switch (viewer) {
            case PARTNER -> this != PRIVATE;
            case EMPLOYER -> this == EMPLOYERS_ANONYMOUS;
        };
    }
}
