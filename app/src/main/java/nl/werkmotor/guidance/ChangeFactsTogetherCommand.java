package nl.werkmotor.guidance;

import java.time.LocalDate;
import java.util.Set;

import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.WorkLimitation;

/**
 * What the case worker records with the person for the Toolbox: their target groups and eligibility facts
 * (null: not known), each replacing what is saved.
 */
record ChangeFactsTogetherCommand(CaseWorker author, long personId, Set<TargetGroup> targetGroups, LocalDate birthDate,
                                  BenefitType benefit, LocalDate benefitSince, WorkLimitation workLimitation,
                                  Integer loonwaardePercentage) {
}
