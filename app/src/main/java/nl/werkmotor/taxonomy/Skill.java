package nl.werkmotor.taxonomy;

import java.util.List;

/**
 * An ESCO skill or knowledge concept with its place in the skills pillar, in one language.
 *
 * @param broaderPaths      every chain of broader concepts (skill groups or parent skills), each from the
 *                          top of the pillar down to the direct parent; a skill can sit in several places
 * @param narrowerSkills    skills whose broader concept is this one
 * @param relatedSkills     skill-skill relations, in either direction
 * @param essentialFor      occupations that need it as essential
 * @param optionalFor       occupations that list it as optional
 */
public record Skill(
        String uri,
        Label label,
        String labelNl,
        String labelEn,
        Label description,
        String skillType,
        String reuseLevel,
        List<String> alternativeLabels,
        List<List<Broader>> broaderPaths,
        List<SkillSummary> narrowerSkills,
        List<RelatedSkill> relatedSkills,
        List<OccupationSummary> essentialFor,
        List<OccupationSummary> optionalFor) {

    public Skill {
        alternativeLabels = List.copyOf(alternativeLabels);
        broaderPaths = broaderPaths.stream().map(List::copyOf).toList();
        narrowerSkills = List.copyOf(narrowerSkills);
        relatedSkills = List.copyOf(relatedSkills);
        essentialFor = List.copyOf(essentialFor);
        optionalFor = List.copyOf(optionalFor);
    }

    /**
     * A concept above a skill.
     *
     * @param kind "SkillGroup" or "KnowledgeSkillCompetence", as ESCO names them
     * @param code the skill group's code (e.g. "S1.2"), null for a parent skill
     */
    public record Broader(String uri, String kind, String code, Label label) {
    }

    /**
     * @param relationType "essential" or "optional", as ESCO's skill-skill relations say
     * @param incoming     true where the other skill names this one (the relation points here)
     */
    public record RelatedSkill(SkillSummary skill, String relationType, boolean incoming) {
    }
}
