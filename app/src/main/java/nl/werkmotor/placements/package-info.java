/**
 * Placements (plaatsingen): what came of an introduction the person said yes to, step by step: an interview, a
 * trial placement (optional), the start of the work with its contract (hours, length) and the Toolbox instruments
 * used (each with the edition in force on the start date), aftercare, and lasting work at 6 and 12 months after the
 * start (never beyond a fixed contract's end), or ended early with a date and a reason. Each transition is checked by
 * {@code PlacementPolicy}, which gives every reason at once (a refused step changes nothing); every change is kept
 * with who made it. A placement is recorded by the person's case worker or the account manager owning the employer,
 * and confirmed by the other side; the person reads their own. A nightly job marks the placements that reached 6 or
 * 12 months. {@link nl.werkmotor.placements.FindPlacements} gives the region's placements as facts for monitoring
 * (aggregates only). {@link nl.werkmotor.placements.LoadingPlacements} replaces them all with a history made elsewhere
 * (the demo region's), each replayed through the policy step by step as it streams into the tables.
 * <p>
 * Calls {@code showcase} (the accepted introduction behind a placement), {@code toolbox} (the edition in force on the
 * start date), {@code people} (target groups, postcode),
 * {@code employers} (sector, name; its port {@code EmployerAdvisers}), {@code employerservice} (the employer's owner),
 * {@code vacancies} (the title), {@code places} (municipality of a postcode),
 * {@code matching} (its port {@code AccessToPerson}: the case worker's caseload), {@code processinglog},
 * {@code identity}, {@code web} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements")
package nl.werkmotor.placements;
