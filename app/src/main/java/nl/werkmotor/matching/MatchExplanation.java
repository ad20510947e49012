package nl.werkmotor.matching;

import java.util.List;

import nl.werkmotor.taxonomy.Label;

/**
 * Why a match scores what it scores: every skill the needing side asks for, with what it adds. The
 * contributions add up to the coverage exactly; the score is {@code coverage × precision} (see docs/matching.md).
 *
 * @param coverage  how much of what the needing side asks for the claims cover: the contributions' sum
 * @param precision for occupations, the share of the profile's specificity that earns credit here (the claimed
 *                  skills shown as matched or via); 1 for vacancies and people, where a person's other skills are no fault
 * @param matched skills asked for and claimed
 * @param related skills asked for that earn partial credit through a claimed broader, narrower or related skill
 * @param missing skills asked for that nothing claimed earns credit for
 */
public record MatchExplanation(double coverage, double precision, List<SkillCredit> matched, List<SkillCredit> related,
                               List<SkillCredit> missing) {

    public MatchExplanation {
        matched = List.copyOf(matched);
        related = List.copyOf(related);
        missing = List.copyOf(missing);
    }

    /**
     * One needed skill's part in a score.
     *
     * @param importance   "essential" or "optional"
     * @param weight       its share of everything asked for (the weights of one side add up to 1)
     * @param contribution the part of {@code weight} earned; 0 for a missing skill
     * @param evidence     how the claim that earns it is backed; null for a missing skill
     * @param via          the claimed skill that earns partial credit; null unless related
     * @param relation     "narrower", "broader" or "related"; null unless related
     */
    public record SkillCredit(String skillUri, Label skill, String importance, double weight, double contribution,
                              String evidence, String viaUri, Label via, String relation) {
    }
}
