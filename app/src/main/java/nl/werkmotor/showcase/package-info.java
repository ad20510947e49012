/**
 * Showcase: consent first. An employer sees, for one of their vacancies, the people who chose to be seen
 * by employers anonymously ({@code EMPLOYERS_ANONYMOUS}; never private or partners-only), ranked by matching,
 * each with the reasons they fit in plain words (skills they have, skills still missing), the hours they
 * want, a travel distance band and when they can start; never a name, BSN, exact postcode, benefit, health
 * or target group. A candidate is known by a pseudonym per vacancy. The employer (or an account manager of
 * the WSP who owns the employer in the portfolio, asked through the employers module's port
 * {@code EmployerAdvisers}) asks for an introduction ({@link nl.werkmotor.showcase.ProposingIntroduction}); the person says
 * yes or no on {@code /mijn-introducties}, or their case worker does when the person chose so
 * ({@link nl.werkmotor.showcase.DecidingIntroduction}; who guides whom is asked through the port
 * {@link nl.werkmotor.showcase.FindGuidedPeople}, implemented by the module that owns caseloads, which shows
 * a person's introductions on their file through {@link nl.werkmotor.showcase.FindIntroductions#ofGuidedPerson});
 * only a yes reveals the name and the contact details the person chose to give, and only while the person's consent
 * holds: making the profile private ends it, and the person shares again per introduction
 * ({@link nl.werkmotor.showcase.SharingContactDetails}). The person's introductions are part of their data export
 * (people's port {@code FindPersonalDataHeldElsewhere}) and go with them on erasure. After a yes the case worker,
 * or the employer's side, records what came of it ({@link nl.werkmotor.showcase.RecordingIntroductionOutcome}),
 * which the person reads. Every showing, reading and change of a person's data by someone else is written to
 * the processing log. Calls matching, people, vacancies, employers, places (distance), taxonomy (labels),
 * identity, processinglog and web.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Showcase")
package nl.werkmotor.showcase;
