package nl.werkmotor.taxonomy.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import nl.werkmotor.platform.CopyRows;
import nl.werkmotor.taxonomy.internal.TaxonomyData.Concept;

/**
 * Replaces the rows of the taxonomy tables with a {@link TaxonomyData}, on the caller's connection
 * and so inside the caller's transaction. Rows go in with PostgreSQL COPY ({@link CopyRows}): about
 * 300,000 rows take a few seconds, where row-by-row inserts would take minutes.
 */
public final class TaxonomyTables {

    private static final List<String> TABLES = List.of("occupation_skill", "concept_label", "broader_relation",
            "skill_relation", "collection_member", "occupation", "skill", "skill_group", "isco_group");

    private TaxonomyTables() {
    }

    public static void replace(Connection connection, TaxonomyData data) throws SQLException, IOException {
        // DELETE, not TRUNCATE: readers keep seeing the previous taxonomy until the commit
        try (var statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("delete from " + table);
            }
        }
        concepts(connection, "isco_group (uri, code, label_en, label_nl, description_en, description_nl)", data.iscoGroups.values(),
                c -> new String[] {c.uri, c.code, c.labelEn, c.labelNl, c.descriptionEn, c.descriptionNl});
        concepts(connection, "occupation (uri, code, isco_code, label_en, label_nl, description_en, description_nl)",
                data.occupations.values(),
                c -> new String[] {c.uri, c.code, c.iscoCode, c.labelEn, c.labelNl, c.descriptionEn, c.descriptionNl});
        concepts(connection, "skill (uri, skill_type, reuse_level, label_en, label_nl, description_en, description_nl)",
                data.skills.values(),
                c -> new String[] {c.uri, c.skillType, c.reuseLevel, c.labelEn, c.labelNl, c.descriptionEn, c.descriptionNl});
        concepts(connection, "skill_group (uri, code, label_en, label_nl, description_en, description_nl)", data.skillGroups.values(),
                c -> new String[] {c.uri, c.code, c.labelEn, c.labelNl, c.descriptionEn, c.descriptionNl});
        rows(connection, "occupation_skill (occupation_uri, skill_uri, relation)", data.occupationSkills);
        rows(connection, "broader_relation (concept_uri, concept_kind, broader_uri, broader_kind)", data.broaderRelations);
        rows(connection, "skill_relation (skill_uri, related_skill_uri, relation_type)", data.skillRelations);
        rows(connection, "collection_member (collection, concept_uri)", data.collectionMembers);
        rows(connection, "concept_label (concept_uri, concept_kind, lang, label_type, label)", data.labels);
    }

    private static void concepts(Connection connection, String target, Collection<Concept> concepts,
            Function<Concept, String[]> columns) {
        rows(connection, target, concepts.stream().map(columns).toList());
    }

    private static void rows(Connection connection, String target, List<String[]> rows) {
        try (CopyRows copy = CopyRows.into(connection, target)) {
            for (String[] row : rows) {
                copy.row((Object[]) row);
            }
        }
    }
}
