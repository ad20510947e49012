package nl.werkmotor.taxonomy;

/**
 * A skill or knowledge concept as a line in a list.
 *
 * @param skillType  "skill/competence", "knowledge", or null (DigComp concepts)
 * @param reuseLevel "transversal", "cross-sector", "sector-specific", "occupation-specific", or null
 */
public record SkillSummary(String uri, Label label, String skillType, String reuseLevel) {
}
