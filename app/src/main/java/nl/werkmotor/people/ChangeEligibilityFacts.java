package nl.werkmotor.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkmotor.platform.Refusal;

/**
 * The facts the Toolbox reads about a person, as their case worker records them with the person: every field
 * replaces what is saved (null: not known).
 *
 * @param today      the date the change is checked against (no birth date or benefit start after it)
 * @param unreadable what the form could not read (a date or number; those fields are null here), refused together
 *                   with every other problem, so that the sender fixes them all at once
 */
public record ChangeEligibilityFacts(long personId, ChangeAuthor author, Set<TargetGroup> targetGroups,
                                     LocalDate birthDate, BenefitType benefit, LocalDate benefitSince,
                                     WorkLimitation workLimitation, Integer loonwaardePercentage, LocalDate today,
                                     List<Refusal.Reason> unreadable) {

    public ChangeEligibilityFacts {
        targetGroups = Set.copyOf(targetGroups);
        unreadable = List.copyOf(unreadable);
    }

    /** Facts that were all read. */
    public ChangeEligibilityFacts(long personId, ChangeAuthor author, Set<TargetGroup> targetGroups, LocalDate birthDate,
                                  BenefitType benefit, LocalDate benefitSince, WorkLimitation workLimitation,
                                  Integer loonwaardePercentage, LocalDate today) {
        this(personId, author, targetGroups, birthDate, benefit, benefitSince, workLimitation, loonwaardePercentage,
                today, List.of());
    }
}
