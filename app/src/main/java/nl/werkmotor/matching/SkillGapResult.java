package nl.werkmotor.matching;

import nl.werkmotor.taxonomy.Label;

/**
 * A skill worth learning towards a goal.
 *
 * @param unlocks  how many more vacancies (or occupations) would fit well enough with it
 * @param goalGain how much the score towards the goal itself would rise
 */
public record SkillGapResult(String skillUri, Label skill, int unlocks, double goalGain) {
}
