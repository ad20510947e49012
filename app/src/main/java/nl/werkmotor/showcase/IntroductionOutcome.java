package nl.werkmotor.showcase;

/** What came of an introduction the person said yes to; it may move on, e.g. from an interview to hired. */
public enum IntroductionOutcome {
    INTERVIEW_PLANNED, HIRED, NOT_HIRED, WITHDRAWN
}
