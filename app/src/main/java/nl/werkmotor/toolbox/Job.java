package nl.werkmotor.toolbox;

/**
 * The facts of a job the Toolbox's rules look at; null where the vacancy does not say.
 *
 * @param hoursAWeek       the hours a week the contract gives at least
 * @param contractMonths   the contract's length in months (a permanent contract counts as 999)
 * @param banenafspraakJob whether the job counts towards the banenafspraak
 */
public record Job(Integer hoursAWeek, Integer contractMonths, Boolean banenafspraakJob) {

    /** A permanent contract, as {@link #contractMonths}. */
    public static final int PERMANENT = 999;
}
