package nl.werkmotor.showcase;

/** Where an introduction stands: asked, then said yes or no to, once. */
public enum IntroductionStatus {
    REQUESTED, ACCEPTED, DECLINED
}
