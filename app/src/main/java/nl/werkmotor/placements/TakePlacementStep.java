package nl.werkmotor.placements;

import java.time.LocalDate;
import java.util.List;

import nl.werkmotor.platform.Refusal.Reason;

/**
 * The next step of a placement, with what that step needs: the start its contract (hours, length in months or
 * open-ended), the instruments used and the outflow from a benefit (also at aftercare, if it came later); an early
 * end its reason.
 *
 * @param step           the step's name, e.g. {@code STARTED}
 * @param contractMonths null for an open-ended contract
 * @param outflowBenefit BIJSTAND, WW, WAJONG or WIA; null or blank when the person left no benefit
 * @param instruments    Toolbox instrument codes; the edition is the one in force on the start date
 * @param unreadable     what a form or request could not read (a date, a number), named with the policy's reasons
 */
public record TakePlacementStep(long placementId, String step, LocalDate on, Integer hoursPerWeek,
                                Integer contractMonths, String outflowBenefit, LocalDate outflowOn,
                                List<String> instruments, String endReason, List<Reason> unreadable) {

    public TakePlacementStep {
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    public TakePlacementStep(long placementId, String step, LocalDate on, Integer hoursPerWeek, Integer contractMonths,
                             String outflowBenefit, LocalDate outflowOn, List<String> instruments, String endReason) {
        this(placementId, step, on, hoursPerWeek, contractMonths, outflowBenefit, outflowOn, instruments, endReason,
                List.of());
    }
}
