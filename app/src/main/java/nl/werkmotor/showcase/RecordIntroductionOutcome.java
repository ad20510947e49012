package nl.werkmotor.showcase;

/**
 * @param personId the person whose file the form was on: the introduction must be theirs; null where the
 *                 introduction id alone names it (the API, the employer's and adviser's pages)
 * @param outcome  an {@link IntroductionOutcome} name, as a form or the API sends it
 */
public record RecordIntroductionOutcome(long introductionId, Long personId, String outcome) {

    public RecordIntroductionOutcome(long introductionId, String outcome) {
        this(introductionId, null, outcome);
    }
}
