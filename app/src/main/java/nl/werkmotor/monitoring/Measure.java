package nl.werkmotor.monitoring;

/**
 * What a column of the monitoring table counts: distinct people. A nested measure counts a subset of the people of
 * its {@link #within()} measure in the same row (a lasting placement is a placement), so the difference of the two is
 * a published figure too and is protected like a cell.
 */
public enum Measure {
    PLACEMENTS("plaatsingen", "placements", null),
    LASTING_6("duurzaam6", "lasting 6 months", PLACEMENTS),
    LASTING_12("duurzaam12", "lasting 12 months", LASTING_6),
    OUTFLOW("uitstroom", "benefit outflow", PLACEMENTS);

    private final String field;
    private final String english;
    private final Measure within;

    Measure(String field, String english, Measure within) {
        this.field = field;
        this.english = english;
        this.within = within;
    }

    /** The name in the API and the CSV header (Dutch). */
    public String field() {
        return field;
    }

    public String english() {
        return english;
    }

    /** The measure this one counts a subset of, in the same row; null for placements. */
    public Measure within() {
        return within;
    }
}
