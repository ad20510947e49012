package nl.werkmotor.toolbox;

/** Whether an instrument applies to a person, employer and job on a date. */
public enum Applicability {
    /** every rule in force is met */
    APPLIES,
    /** no rule fails, but a fact is unknown */
    MAY_APPLY,
    /** at least one rule in force is not met */
    DOES_NOT_APPLY,
    /** the instrument itself is not in force on the date */
    NOT_IN_FORCE
}
