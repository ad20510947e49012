package nl.werkmotor.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.werkmotor.taxonomy.Label;

/**
 * A person's profile as they read it themselves (the API's {@code /mijn-profiel} and the data export):
 * everything kept about them, skills named in their language, and the facts the Toolbox reads about them
 * ({@link EligibilityFacts}: birth date, benefit since, work limitation, loonwaarde; null where not known).
 */
public record OwnProfile(long id, PersonKind kind, String firstName, String lastName, int birthYear, String postcode4,
                         Set<TargetGroup> targetGroups, BenefitType benefit, List<String> previousOccupations,
                         List<Skill> skills, Preferences preferences, LocalDate birthDate, LocalDate benefitSince,
                         WorkLimitation workLimitation, Integer loonwaardePercentage) {

    /** @param label the skill's name; its URI when it is no longer in the taxonomy */
    public record Skill(String skillUri, Label label, Evidence evidence) {
    }

    static OwnProfile of(Person p, EligibilityFacts facts, List<ProfileSkills> skills) {
        return new OwnProfile(p.id(), p.kind(), p.firstName(), p.lastName(), p.birthYear(), p.postcode4(),
                p.targetGroups(), p.benefit(), p.previousOccupations(),
                skills.stream().map(s -> new Skill(s.uri(), s.label(), s.evidence())).toList(),
                p.profile().preferences(), facts.birthDate(), facts.benefitSince(), facts.workLimitation(),
                facts.loonwaardePercentage());
    }
}
