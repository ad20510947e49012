package nl.werkmotor.sectorplans;

/** What a {@link Target} counts. */
public enum TargetKind {
    /** people placed in work */
    PLACEMENTS,
    /** placements still in work after 6 months */
    LASTING_PLACEMENTS,
    /** people who left a benefit for work */
    OUTFLOW
}
