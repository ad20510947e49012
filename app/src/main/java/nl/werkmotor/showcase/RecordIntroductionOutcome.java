package nl.werkmotor.showcase;

/** @param outcome an {@link IntroductionOutcome} name, as a form or the API sends it */
public record RecordIntroductionOutcome(long introductionId, String outcome) {
}
