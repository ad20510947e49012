/**
 * Guidance (begeleiding): the case workers' work with the people in their caseload. Owns who is in
 * whose caseload (one case worker per person), intakes (the first conversation: situation, wishes,
 * support needs, next steps), notes that always name their purpose, and vacancies proposed to a
 * person with their outcome. The person's file also lists their introductions to employers (owned by
 * {@code showcase}): the case worker says yes or no for a person who chose so, and records what came of a yes.
 * Pages under {@code /caseload}, API under {@code /api/v1/kandidaten}.
 * <p>
 * Access rule: a klantmanager sees only the people in their own caseload (their login and their
 * organisation). Partner-visible people of the same organisation outside it are not shown: least
 * privilege, and a person knows who their case worker is. Another person's id answers 404, as if
 * the person did not exist, so ids reveal nothing. Every read and change of a person's data here is
 * written to the processing log.
 * <p>
 * Calls {@code people} (read, and changed with the person through {@code ChangingProfile}; erasure is heard
 * as {@code PersonRemoved}; what guidance keeps about a person is part of their data export through people's port
 * {@code FindPersonalDataHeldElsewhere}), {@code processinglog}, {@code matching} (vacancies that fit), {@code vacancies},
 * {@code taxonomy} (skill names), {@code identity} (who is signed in), {@code showcase} (a person's
 * introductions: {@code FindIntroductions}, {@code DecidingIntroduction}, {@code RecordingIntroductionOutcome}),
 * {@code toolbox} (the instruments for a person and a proposed vacancy, {@code /caseload/{id}/instrumenten}), {@code web} and {@code platform}. {@code demoregion} fills caseloads with
 * {@link nl.werkmotor.guidance.AssigningCaseload}. Tells {@code showcase} whom a case worker guides (its port
 * {@code FindGuidedPeople}), so that they see the introductions of the people they guide and decide for those
 * who chose so.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidance (caseload)")
package nl.werkmotor.guidance;
