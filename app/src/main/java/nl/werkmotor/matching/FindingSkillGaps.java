package nl.werkmotor.matching;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.matching.internal.Checks;
import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.taxonomy.Language;

/**
 * What is missing towards a goal, the skills that open the most doors first: for each missing skill,
 * how many more vacancies (or occupations) would fit well enough with it, and how much closer the goal comes.
 */
@Component
public class FindingSkillGaps {

    private final MatchingIndex index;
    private final MatchingPeopleAndWork matching;

    FindingSkillGaps(MatchingIndex index, MatchingPeopleAndWork matching) {
        this.index = index;
        this.matching = matching;
    }

    /** @throws MatchRequestRefused for unknown or no skills, an unknown occupation or k out of range */
    public List<SkillGapResult> towardsOccupation(List<String> skillUris, String occupationUri, Language language,
                                                  int k) {
        MatchWorld world = index.world();
        Checks checks = new Checks(world).k("pageSize", k);
        List<Integer> skills = checks.skills("vaardigheden", skillUris);
        int occupation = checks.occupation("doelBeroep", occupationUri);
        checks.verify();
        return world.gapsTowardsOccupation(skills, occupation, language, k);
    }

    public List<SkillGapResult> towardsVacancy(long personId, long vacancyId, Language language, int k) {
        MatchWorld world = index.world();
        new Checks(world).k("pageSize", k).verify();
        return world.gapsTowardsVacancy(matching.person(personId), matching.vacancy(vacancyId), language, k);
    }
}
