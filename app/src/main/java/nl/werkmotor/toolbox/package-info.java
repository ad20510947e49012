/**
 * The regional Toolbox: the instruments that make a hire possible (loonkostensubsidie, loondispensatie, the LKV per
 * kind, no-riskpolis, jobcoaching, proefplaatsing, werkplekaanpassing, plaatsingspremie, praktijkroute, beschut
 * werk, scholingsvoucher), each with its legal basis, provider, who may use it, what it gives and its
 * {@link nl.werkmotor.toolbox.EligibilityRule}s over the person, the employer and the job, each citing its source and
 * dated, so that a measure being phased out stops on its own date. {@link nl.werkmotor.toolbox.InstrumentEdition}s
 * take effect on 1 March or 1 October: a beheerder prepares a draft (what changed and why), reviews and publishes it;
 * every edition is kept, and {@link nl.werkmotor.toolbox.FindEditions#editionInForceOn} names the one of a date.
 * <p>
 * The evaluation is pure ({@link nl.werkmotor.toolbox.Evaluation#of} over the Toolbox's own
 * {@link nl.werkmotor.toolbox.Applicant}, {@link nl.werkmotor.toolbox.EmployerFacts} and
 * {@link nl.werkmotor.toolbox.Job}); {@link nl.werkmotor.toolbox.EvaluatingInstruments} fills those from
 * {@code people}, {@code vacancies} and {@code employers} and writes the reading to the processing log. The modules
 * that show it check who may see it: {@code guidance} (the case worker's person file), {@code showcase} (the account
 * manager's introductions after a yes, with reasons; the employer's, with only what each instrument offers, never why
 * the person qualifies). Pages {@code /toolbox}, API {@code /api/v1/instrumenten} and
 * {@code /api/v1/kandidaten/{id}/instrumenten} (access: {@code matching}'s port {@code AccessToPerson} for the case
 * worker, {@code employers}' port {@code EmployerAdvisers} and this module's port
 * {@link nl.werkmotor.toolbox.IntroducedCandidates}, implemented by showcase, for the account manager).
 * <p>
 * Calls {@code people}, {@code vacancies}, {@code employers}, {@code places} (the deployment's region),
 * {@code matching} (its port), {@code processinglog}, {@code identity}, {@code web} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolbox (instruments)")
package nl.werkmotor.toolbox;
