/**
 * Explainable two-way skills matching: people, vacancies and occupations matched on skills, with
 * hard filters first and an exact explanation for every score. Plain Java, no framework; the
 * application maps ESCO URIs and its own ids to the dense {@code int} ids used here.
 *
 * <h2>The model in brief</h2>
 * A score says how much of what one side <em>needs</em> the other side <em>offers</em>. Each needed
 * skill weighs {@link nl.werkmotor.engine.match.Importance} × specificity (a
 * {@link nl.werkmotor.engine.match.SkillGraph} weight such as IDF), normalised so one side's weights
 * sum to 1. For each needed skill the offering side earns its best credit,
 * {@link nl.werkmotor.engine.match.Relation} factor × {@link nl.werkmotor.engine.match.Evidence}
 * factor: the skill itself counts fully, a narrower or broader skill or a related one partly. The
 * coverage is the sum of weight × credit, in [0, 1], added in {@code double} (exactly, so in any order)
 * and rounded once to {@code float}. For vacancies and people the score is the coverage; for occupations
 * it is coverage × precision, the share of the profile's specificity that earns credit for the occupation
 * (a person's other skills are no fault for a vacancy, but a profile an occupation explains only in
 * part points elsewhere). The full write-up, with the factors and the
 * complexity of every query, is {@code docs/matching.md}.
 *
 * <h2>Where to start</h2>
 * Build a {@link nl.werkmotor.engine.match.SkillGraph}, create a
 * {@link nl.werkmotor.engine.match.MatchIndex} with the occupations, put people and vacancies into it,
 * and ask it. Every {@link nl.werkmotor.engine.match.Match} carries an
 * {@link nl.werkmotor.engine.match.Explanation} whose contributions add up to its coverage, with its precision.
 *
 * <h2>How it is fast</h2>
 * Inverted posting lists per skill and region, walked once per query; scores accumulate in a
 * {@code double[]} per thread and only touched entries are reset; the top k come from a bounded heap
 * on primitives with ties broken by id, and the filters are tested only on ids that heap would take. {@code internal} holds those
 * primitive structures.
 */
package nl.werkmotor.engine.match;
