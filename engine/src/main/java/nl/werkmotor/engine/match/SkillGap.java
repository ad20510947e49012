package nl.werkmotor.engine.match;

/**
 * A skill worth learning towards a goal.
 *
 * @param skill    the missing skill
 * @param unlocks  how many more vacancies (or occupations) would reach the threshold with it
 * @param goalGain how much the goal's own score would rise with it
 */
public record SkillGap(int skill, int unlocks, float goalGain) {
}
