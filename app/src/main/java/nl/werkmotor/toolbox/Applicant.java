package nl.werkmotor.toolbox;

import java.util.Set;

/**
 * The facts of a person the Toolbox's rules look at, on one date; null where the file does not say.
 *
 * @param targetGroups      target-group codes, e.g. "BANENAFSPRAAK", "BIJSTAND"
 * @param benefit           the benefit lived on: "BIJSTAND", "WW", "WIA", "WAJONG"; "NONE" for none; null unknown
 * @param age               age in years on the date
 * @param monthsOutOfWork   months without work up to the date
 * @param workLimitation    whether the person has a work limitation (arbeidsbeperking)
 * @param loonwaardePercent the assessed loonwaarde as a percentage of the minimum wage
 */
public record Applicant(Set<String> targetGroups, String benefit, Integer age, Integer monthsOutOfWork,
                        Boolean workLimitation, Integer loonwaardePercent) {

    public Applicant {
        targetGroups = Set.copyOf(targetGroups);
    }
}
