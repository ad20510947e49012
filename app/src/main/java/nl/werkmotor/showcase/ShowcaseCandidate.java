package nl.werkmotor.showcase;

import java.util.List;

import nl.werkmotor.people.Availability;
import nl.werkmotor.taxonomy.Label;

/**
 * One person in an employer's showcase, without anything that says who they are: no name, BSN, postcode,
 * benefit, health or target group; their id is a pseudonym that holds for this vacancy only.
 *
 * @param candidate    the pseudonym, e.g. "K-7F3Q9XW2MB"
 * @param score        how much of what the vacancy asks they cover, 0 to 1
 * @param has          skills the vacancy asks that they have
 * @param hasSimilar   skills the vacancy asks that they have something close to ({@code via})
 * @param missing      skills the vacancy asks that they do not have yet
 * @param minHours     the hours a week they want, from
 * @param maxHours     the hours a week they want, to
 * @param introduction where an introduction for this vacancy stands; null when none was asked
 */
public record ShowcaseCandidate(String candidate, double score, List<Skill> has, List<Skill> hasSimilar,
                                List<Skill> missing, int minHours, int maxHours, DistanceBand distance,
                                Availability availability, IntroductionStatus introduction) {

    public ShowcaseCandidate {
        has = List.copyOf(has);
        hasSimilar = List.copyOf(hasSimilar);
        missing = List.copyOf(missing);
    }

    /**
     * @param importance "essential" or "optional" for the vacancy
     * @param via        the skill of theirs that is close to it; null unless in {@code hasSimilar}
     */
    public record Skill(String uri, Label label, String importance, Label via) {
    }
}
