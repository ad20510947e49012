package nl.werkmotor.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkmotor.placements.PlacementFacts.InstrumentUsed;

/**
 * A placement as stored: the accepted introduction behind it, the dates of its steps, the contract from the start,
 * what it counts by, and who recorded it and who (the other side) confirmed it. {@code personId} leaves the module
 * only as {@link PlacementFacts} for counting.
 *
 * @param recordedAs  CASE_WORKER or ACCOUNTMANAGER: who recorded it first
 * @param toConfirmBy CASE_WORKER or ACCOUNTMANAGER: the side that still has to confirm the last change; null when
 *                    confirmed
 * @param confirmedAs the side that confirmed it last; null when nobody did yet
 */
record Placement(long id, long introductionId, long personId, long vacancyId, long employerId, String organisationId,
                 String accountManager, String employerSector, String municipalityCode, Set<String> targetGroups,
                 PlacementStep step, LocalDate acceptedOn, LocalDate interviewOn, LocalDate trialFrom,
                 LocalDate startedOn, LocalDate aftercareFrom, LocalDate lasting6On, LocalDate lasting12On,
                 LocalDate endedOn, String endReason, Integer hoursPerWeek, Integer contractMonths,
                 String outflowBenefit, LocalDate outflowOn, List<InstrumentUsed> instruments, String recordedBy,
                 String recordedAs, Instant recordedAt, String toConfirmBy, String confirmedBy, String confirmedName,
                 String confirmedAs, Instant confirmedAt) {

    Placement {
        targetGroups = Set.copyOf(targetGroups);
        instruments = List.copyOf(instruments);
    }

    /** The date of a step; null when it was not (yet) taken. */
    LocalDate dateOf(PlacementStep of) {
        return of.among(acceptedOn, interviewOn, trialFrom, startedOn, aftercareFrom, lasting6On, lasting12On,
                endedOn);
    }

    /** The date of the current step. */
    LocalDate stepOn() {
        return dateOf(step);
    }

    /** The day the work lasts {@code months} months after the start; null before the start. */
    LocalDate lastingDay(int months) {
        return startedOn == null ? null : startedOn.plusMonths(months);
    }

    /** The last day of a fixed contract's length; null when open-ended or not started. */
    LocalDate contractEnd() {
        return startedOn == null || contractMonths == null ? null : startedOn.plusMonths(contractMonths);
    }

    /** Whether the contract runs until the day the work lasts {@code months} months (an open-ended one does). */
    boolean contractReaches(int months) {
        return startedOn != null && (contractMonths == null || contractMonths >= months);
    }

    /**
     * This placement after a step the policy allowed: the step's date, and what it brings (the contract, the
     * instruments and the target groups at the start; an outflow at the start or, if none yet, at aftercare; the
     * reason of an early end); the other side is to confirm it.
     */
    Placement taken(PlacementStep next, TakePlacementStep c, List<InstrumentUsed> used, Set<String> groupsNow,
                    Side by) {
        LocalDate on = c.on();
        boolean outflowNow = (next == PlacementStep.STARTED || next == PlacementStep.AFTERCARE && outflowBenefit == null)
                && c.outflowBenefit() != null && !c.outflowBenefit().isBlank();
        boolean start = next == PlacementStep.STARTED;
        return new Placement(id, introductionId, personId, vacancyId, employerId, organisationId, accountManager,
                employerSector, municipalityCode, start ? groupsNow : targetGroups, next, acceptedOn,
                next == PlacementStep.INTERVIEW ? on : interviewOn, next == PlacementStep.TRIAL ? on : trialFrom,
                start ? on : startedOn, next == PlacementStep.AFTERCARE ? on : aftercareFrom,
                next == PlacementStep.LASTING_6 ? on : lasting6On, next == PlacementStep.LASTING_12 ? on : lasting12On,
                next == PlacementStep.ENDED ? on : endedOn,
                next == PlacementStep.ENDED ? c.endReason().strip() : endReason,
                start ? c.hoursPerWeek() : hoursPerWeek, start ? c.contractMonths() : contractMonths,
                outflowNow ? c.outflowBenefit().strip().toUpperCase(java.util.Locale.ROOT) : outflowBenefit,
                outflowNow ? c.outflowOn() : outflowOn, start ? used : instruments, recordedBy, recordedAs, recordedAt,
                by.other().name(), confirmedBy, confirmedName, confirmedAs, confirmedAt);
    }

    /** Whether the last change still waits for the other side. */
    boolean awaitsConfirmation() {
        return toConfirmBy != null;
    }

    PlacementFacts facts() {
        return new PlacementFacts(id, personId, organisationId, accountManager, employerId, employerSector,
                municipalityCode, targetGroups, step, acceptedOn, interviewOn, trialFrom, startedOn, endedOn,
                lasting6On, lasting12On, contractMonths, hoursPerWeek, outflowBenefit, outflowOn, instruments);
    }
}
