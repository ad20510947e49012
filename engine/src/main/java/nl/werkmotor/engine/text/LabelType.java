package nl.werkmotor.engine.text;

/**
 * Where a label comes from, strongest first: a preferred label names the concept best, a hidden label
 * (misspellings, obsolete forms) is only there to be found.
 */
public enum LabelType {
    PREFERRED(3), ALTERNATIVE(2), CROSSWALK(1), HIDDEN(0);

    /** Higher ranks first among otherwise equal matches; fits in two bits. */
    final int rank;

    LabelType(int rank) {
        this.rank = rank;
    }
}
