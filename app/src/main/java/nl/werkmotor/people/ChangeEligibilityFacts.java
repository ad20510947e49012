package nl.werkmotor.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * The facts the Toolbox reads about a person, as their case worker records them with the person: every field
 * replaces what is saved (null: not known).
 *
 * @param today the date the change is checked against (no birth date or benefit start after it)
 */
public record ChangeEligibilityFacts(long personId, ChangeAuthor author, Set<TargetGroup> targetGroups,
                                     LocalDate birthDate, BenefitType benefit, LocalDate benefitSince,
                                     WorkLimitation workLimitation, Integer loonwaardePercentage, LocalDate today) {

    public ChangeEligibilityFacts {
        targetGroups = Set.copyOf(targetGroups);
    }
}
