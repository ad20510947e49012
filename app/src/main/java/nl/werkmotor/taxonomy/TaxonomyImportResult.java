package nl.werkmotor.taxonomy;

import java.time.Duration;
import java.util.List;

/**
 * What an import wrote.
 *
 * @param skillGroups          groups in the skill groups file (the skills hierarchy adds {@code extraSkillGroups})
 * @param labelsEn             English preferred, alternative and hidden labels of occupations and skills
 * @param labelsNl             Dutch ones
 * @param labelsCrosswalk      Dutch crosswalk titles (exact and close matches only)
 * @param crosswalkRowsSkipped crosswalk rows naming a concept this taxonomy lacks, or a broad/narrow match
 * @param warnings             faults of ESCO's own that were kept, e.g. relations to a missing occupation
 */
public record TaxonomyImportResult(
        String version,
        String source,
        int occupations,
        int skills,
        int occupationSkillRelations,
        int skillGroups,
        int extraSkillGroups,
        int iscoGroups,
        int broaderRelations,
        int skillRelations,
        int collectionMembers,
        int labelsEn,
        int labelsNl,
        int labelsCrosswalk,
        int crosswalkRowsSkipped,
        List<String> warnings,
        Duration duration) {

    public TaxonomyImportResult {
        warnings = List.copyOf(warnings);
    }

    public int labels() {
        return labelsEn + labelsNl + labelsCrosswalk;
    }

    /** One line for people, e.g. "ESCO v1.1.1 imported in 23.4 s: 3,007 occupations, ...". */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "ESCO %s imported in %.1f s: %,d occupations, %,d skills, %,d occupation-skill relations, "
                        + "%,d skill groups (+%,d from the skills hierarchy), %,d ISCO groups, %,d broader relations, "
                        + "%,d skill-skill relations, %,d collection members, %,d labels (en %,d, nl %,d, crosswalk %,d; "
                        + "%,d crosswalk rows skipped)",
                version, duration.toMillis() / 1000.0, occupations, skills, occupationSkillRelations, skillGroups,
                extraSkillGroups, iscoGroups, broaderRelations, skillRelations, collectionMembers, labels(), labelsEn,
                labelsNl, labelsCrosswalk, crosswalkRowsSkipped);
    }
}
