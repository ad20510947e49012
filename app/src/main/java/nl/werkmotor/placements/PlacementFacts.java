package nl.werkmotor.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One placement as the region's figures count it: for aggregates only. {@code personId} is there to count distinct
 * people, never to show or look anyone up; whoever reads these shows counts (with small cells suppressed), never a
 * row. What it counts by is kept as it was: the employer's sector and the person's municipality when the placement
 * was recorded, their target groups at the start (at the introduction's yes until then).
 *
 * @param accountManager   login name of the account manager owning the employer; null when nobody did
 * @param employerSector   the employer's SBI sector (the taxonomy {@code Sector} name, e.g. {@code CARE}); null unknown
 * @param municipalityCode the person's municipality (CBS code, e.g. {@code GM0599}) from their postcode; null unknown
 * @param targetGroups     target-group codes of the region's shared list, e.g. {@code BANENAFSPRAAK}
 * @param contractMonths   the contract's length in months; null when open-ended or not started
 * @param hoursPerWeek     null until the start
 * @param outflowBenefit   the benefit the person left (people's {@code BenefitType} name: BIJSTAND, WW, WAJONG,
 *                         WIA); null when they left none
 * @param endedOn          the day it ended early; null otherwise
 */
public record PlacementFacts(long id, long personId, String organisationId, String accountManager, long employerId,
                             String employerSector, String municipalityCode, Set<String> targetGroups,
                             PlacementStep step, LocalDate acceptedOn, LocalDate interviewOn, LocalDate trialFrom,
                             LocalDate startedOn, LocalDate endedOn, LocalDate lasting6On, LocalDate lasting12On,
                             Integer contractMonths, Integer hoursPerWeek, String outflowBenefit, LocalDate outflowOn,
                             List<InstrumentUsed> instruments) {

    public PlacementFacts {
        targetGroups = Set.copyOf(targetGroups);
        instruments = List.copyOf(instruments);
    }

    /** An instrument a placement used, with the Toolbox edition in force on its start date. */
    public record InstrumentUsed(String code, long editionId) {
    }
}
