package nl.werkmotor.toolbox;

/** Why an edition changes the Toolbox. */
public enum ChangeKind {
    /** the first edition the region started from */
    FIRST_EDITION,
    /** a law or regulation changed */
    LAW_CHANGE,
    /** what the region learned in practice */
    PRACTICE_EXPERIENCE,
    /** a mistake in an earlier edition */
    CORRECTION
}
