package nl.werkmotor.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.WorkLimitation;
import nl.werkmotor.platform.Refusal;

/**
 * What the case worker records with the person for the Toolbox: their target groups and eligibility facts
 * (null: not known), each replacing what is saved; {@code unreadable}: what the form could not read, named with the
 * rest.
 */
record ChangeFactsTogetherCommand(CaseWorker author, long personId, Set<TargetGroup> targetGroups, LocalDate birthDate,
                                  BenefitType benefit, LocalDate benefitSince, WorkLimitation workLimitation,
                                  Integer loonwaardePercentage, List<Refusal.Reason> unreadable) {
}
