package nl.werkmotor.toolbox;

/** What a rule says about one person, employer and job on one date. */
public enum Verdict {
    /** the condition holds */
    MET,
    /** the condition does not hold */
    NOT_MET,
    /** the fact it needs is not known: ask, or enter it */
    UNKNOWN,
    /** the rule is not in force on the date (not yet, or phased out) and counts for nothing */
    NOT_IN_FORCE
}
