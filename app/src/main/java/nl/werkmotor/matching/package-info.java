/**
 * Matching: explainable two-way matching on skills. Keeps the engine's index of people, vacancies and
 * occupations in memory ({@code internal.MatchingIndex}), built from the database and rebuilt when the
 * taxonomy, the people or the vacancies are replaced, and kept current one person or vacancy at a time
 * from {@code PersonChanged}, {@code PersonRemoved}, {@code VacancyChanged} and {@code VacancyRemoved}. Answers vacancy → people, person → vacancies,
 * skills → occupations, occupation → nearby occupations and person + goal → skill gaps
 * ({@link nl.werkmotor.matching.MatchingPeopleAndWork}, {@link nl.werkmotor.matching.SuggestingOccupations},
 * {@link nl.werkmotor.matching.FindingSkillGaps}), over {@code /api/v1} and the {@code suggest-occupations}
 * batch command. Answers about one person only for their own case worker: the guidance module implements
 * {@link nl.werkmotor.matching.AccessToPerson} (it calls matching, so matching asks through this port). A
 * vacancy's candidates ({@link nl.werkmotor.matching.FindingCandidates}): a case worker's own caseload by id; an
 * account manager only at vacancies of employers they own (the employers module's port {@code EmployerAdvisers})
 * and only under the showcase's pseudonyms ({@link nl.werkmotor.matching.CandidatePseudonyms}, implemented by
 * the showcase, which calls matching). The vacancies open longer than eight weeks with the number of people the
 * showcase would find for each ({@link nl.werkmotor.matching.FindingOpenVacancies}: counts only, for monitoring and
 * the account manager's portfolio). Calls taxonomy, places, people, vacancies, employers (that port, and
 * {@code FindEmployers} for an employer's name and sector), sectorplans (the region sector),
 * identity (who asks), processinglog (every answer about people is logged), web (problem+json) and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package nl.werkmotor.matching;
