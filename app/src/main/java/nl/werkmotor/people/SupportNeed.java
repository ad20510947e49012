package nl.werkmotor.people;

/**
 * Help that makes work possible: the "kunnen" beyond skills. Private: a support need can say something
 * about health, so employers never see it.
 */
public enum SupportNeed {
    JOB_COACH,
    ADJUSTED_WORKPLACE,
    DUTCH_LANGUAGE,
    TRAINING_ON_THE_JOB,
    TRAVEL,
    CHILDCARE,
    DEBT_ADVICE
}
