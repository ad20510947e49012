package nl.werkmotor.taxonomy;

import java.time.OffsetDateTime;

/** An import of the taxonomy, as recorded. */
public record TaxonomyVersion(
        String version,
        String source,
        OffsetDateTime importedAt,
        int occupations,
        int skills,
        int occupationSkillRelations,
        int skillGroups,
        int iscoGroups,
        int labels) {
}
