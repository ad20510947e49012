/**
 * Showcase: consent first. An employer sees, for one of their vacancies, the people who chose to be seen
 * by employers anonymously ({@code EMPLOYERS_ANONYMOUS}; never private or partners-only), ranked by matching,
 * each with the reasons they fit in plain words and the vacancy's own terms (its skills they have, have something
 * close to, still miss), and in bands how well they fit, the hours they want, the distance from their
 * municipality and when they can start; never a name, BSN, postcode, benefit, health or target group, nor
 * anything exact that links one person across an employer's vacancies. A candidate is known by a pseudonym per
 * vacancy, and for the employer lives at the centre of their municipality (docs/privacy.md). The employer's own
 * account looks within its daily limit (the employers module's {@code EmployerDailyLimits}). The employer (or an account manager of
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
 * the processing log. After a yes the Toolbox shows at the introduction: every instrument with its reasons to the
 * account manager who asked ({@code /portefeuille/kennismakingen/{id}/instrumenten}), only what each offers to the
 * employer; it tells the Toolbox whom an adviser was told yes (the toolbox's port {@code IntroducedCandidates}).
 * {@link nl.werkmotor.showcase.LoadingIntroductions} replaces every introduction with a history made elsewhere (the demo
 * region's), each with the pseudonym the showcase gives its candidate.
 * Calls matching, people, vacancies, employers, places (distance), taxonomy (labels), toolbox, identity,
 * processinglog and web.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Showcase")
package nl.werkmotor.showcase;
