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
        return switch (of) {
            case ACCEPTED -> acceptedOn;
            case INTERVIEW -> interviewOn;
            case TRIAL -> trialFrom;
            case STARTED -> startedOn;
            case AFTERCARE -> aftercareFrom;
            case LASTING_6 -> lasting6On;
            case LASTING_12 -> lasting12On;
            case ENDED -> endedOn;
        };
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

    PlacementFacts facts() {
        return new PlacementFacts(id, personId, organisationId, accountManager, employerId, employerSector,
                municipalityCode, targetGroups, step, acceptedOn, interviewOn, trialFrom, startedOn, endedOn,
                lasting6On, lasting12On, contractMonths, hoursPerWeek, outflowBenefit, outflowOn, instruments);
    }
}
