/**
 * Matching: explainable two-way matching on skills. Keeps the engine's index of people, vacancies and
 * occupations in memory ({@code internal.MatchingIndex}), built from the database and rebuilt when the
 * taxonomy, the people or the vacancies are replaced, and kept current one person at a time from
 * {@code PersonChanged} and {@code PersonRemoved}. Answers vacancy → people, person → vacancies,
 * skills → occupations, occupation → nearby occupations and person + goal → skill gaps
 * ({@link nl.werkmotor.matching.MatchingPeopleAndWork}, {@link nl.werkmotor.matching.SuggestingOccupations},
 * {@link nl.werkmotor.matching.FindingSkillGaps}), over {@code /api/v1} and the {@code suggest-occupations}
 * batch command. Calls taxonomy, places, people, vacancies, processinglog (every answer about people is
 * logged), web (problem+json) and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package nl.werkmotor.matching;
