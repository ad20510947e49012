package nl.werkmotor.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One placement as the case worker, the account manager owning the employer or the person themselves reads it (API
 * and pages): where it stands, the dates of its steps, the contract, the instruments with their edition, the outflow,
 * which side still has to confirm the last change, the steps that may follow and the history.
 *
 * @param person         the person's name for their case worker and themselves; for the account manager the
 *                       pseudonym the showcase gave them (the account manager knows the person through the employer)
 * @param toConfirmBy    {@code klantmanager} or {@code accountmanager}: who still has to confirm the last change; null
 *                       when confirmed
 * @param mayConfirm     whether the reader is the side that is to confirm it
 * @param nextSteps      the steps that may follow, for a form; empty for the person themselves
 * @param contractMonths null when open-ended
 */
public record PlacementView(long id, long introductionId, String person, long vacancyId, String vacancy,
                            long employerId, String employer, String accountManager, String sector,
                            PlacementStep step, String stepName, LocalDate acceptedOn, LocalDate interviewOn,
                            LocalDate trialFrom, LocalDate startedOn, LocalDate aftercareFrom, LocalDate lasting6On,
                            LocalDate lasting12On, LocalDate endedOn, String endReason, Integer hoursPerWeek,
                            Integer contractMonths, LocalDate lasting6From, LocalDate lasting12From,
                            String outflowBenefit, LocalDate outflowOn, List<InstrumentView> instruments,
                            String recordedBy, String toConfirmBy, boolean mayConfirm, String confirmedBy,
                            List<PlacementStep> nextSteps, List<ChangeView> changes) {

    public PlacementView {
        instruments = List.copyOf(instruments);
        nextSteps = List.copyOf(nextSteps);
        changes = List.copyOf(changes);
    }

    /** The date of a step; null when it was not (yet) taken. */
    public LocalDate dateOf(PlacementStep of) {
        return of.among(acceptedOn, interviewOn, trialFrom, startedOn, aftercareFrom, lasting6On, lasting12On,
                endedOn);
    }

    /** An instrument used, with the Toolbox edition in force on the start date. */
    public record InstrumentView(String code, String name, long editionId, LocalDate editionFrom) {
    }

    /** One change in the history: the step, what it was, who made it and as whom, when. */
    public record ChangeView(PlacementStep step, LocalDate stepOn, String what, String by, String as, Instant at) {
    }
}
