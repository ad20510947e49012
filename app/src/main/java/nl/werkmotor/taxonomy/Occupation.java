package nl.werkmotor.taxonomy;

import java.util.List;

/**
 * An ESCO occupation with what it needs, in one language.
 *
 * @param code              the ESCO code, e.g. "8331.1"
 * @param iscoGroup         the ISCO-08 unit group (4 digits)
 * @param broaderIscoGroups the unit group's broader groups, from level 3 up to level 1
 * @param labelNl           the Dutch preferred label, null where ESCO has none
 * @param alternativeLabels alternative labels in the language asked for
 * @param broaderOccupations  the occupations this one specialises (ESCO's broader relation between occupations)
 * @param narrowerOccupations the occupations that specialise this one
 */
public record Occupation(
        String uri,
        String code,
        IscoGroup iscoGroup,
        List<IscoGroup> broaderIscoGroups,
        Label label,
        String labelNl,
        String labelEn,
        Label description,
        List<String> alternativeLabels,
        List<SkillSummary> essentialSkills,
        List<SkillSummary> optionalSkills,
        List<OccupationSummary> broaderOccupations,
        List<OccupationSummary> narrowerOccupations) {

    public Occupation {
        broaderIscoGroups = List.copyOf(broaderIscoGroups);
        alternativeLabels = List.copyOf(alternativeLabels);
        essentialSkills = List.copyOf(essentialSkills);
        optionalSkills = List.copyOf(optionalSkills);
        broaderOccupations = List.copyOf(broaderOccupations);
        narrowerOccupations = List.copyOf(narrowerOccupations);
    }

    /** An ISCO-08 group: 1 digit (major group) to 4 digits (unit group). */
    public record IscoGroup(String code, Label label) {
    }
}
