package nl.werkmotor.people;

/** Whether someone looks for work or, working, for a next step. */
public enum PersonKind {
    JOB_SEEKER, WORKER
}
