package nl.werkmotor.showcase;

import java.util.List;

import nl.werkmotor.taxonomy.Label;

/**
 * One person in an employer's showcase, without anything that says who they are: no name, BSN, postcode,
 * benefit, health or target group; their id is a pseudonym that holds for this vacancy only. What they want and
 * where they live show in bands, and why they fit in the vacancy's own terms (its requirements, not their own
 * skill labels): exact values would link one person across an employer's vacancies (docs/privacy.md).
 *
 * @param candidate    the pseudonym, e.g. "K-7F3Q9XW2MB"
 * @param fit          how much of what the vacancy asks they cover
 * @param has          skills the vacancy asks that they have
 * @param hasSimilar   skills the vacancy asks that they have something close to
 * @param missing      skills the vacancy asks that they do not have yet
 * @param hours        the hours a week they want
 * @param distance     from the centre of the municipality they live in to the work
 * @param start        when they can start
 * @param introduction where an introduction for this vacancy stands; null when none was asked
 */
public record ShowcaseCandidate(String candidate, FitBand fit, List<Skill> has, List<Skill> hasSimilar,
                                List<Skill> missing, HoursBand hours, DistanceBand distance, StartBand start,
                                IntroductionStatus introduction) {

    public ShowcaseCandidate {
        has = List.copyOf(has);
        hasSimilar = List.copyOf(hasSimilar);
        missing = List.copyOf(missing);
    }

    /**
     * A skill the vacancy asks for.
     *
     * @param importance "essential" or "optional" for the vacancy
     */
    public record Skill(String uri, Label label, String importance) {
    }
}
