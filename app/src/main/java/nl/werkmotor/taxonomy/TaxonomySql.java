package nl.werkmotor.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Query pieces the finders share. */
final class TaxonomySql {

    private TaxonomySql() {
    }

    /** Alphabetical in the language shown (Dutch, else the English fallback), then by URI for a stable order. */
    static String orderByLabel(String alias, Language language) {
        return language == Language.NL
                ? "coalesce(" + alias + ".label_nl, " + alias + ".label_en), " + alias + ".uri"
                : alias + ".label_en, " + alias + ".uri";
    }

    /** Reads columns 1 to 5: uri, label_nl, label_en, skill_type, reuse_level. */
    static SkillSummary skillSummary(ResultSet rs, Language language) throws SQLException {
        return new SkillSummary(rs.getString(1), Label.of(language, rs.getString(2), rs.getString(3)), rs.getString(4),
                rs.getString(5));
    }

    static List<String> alternativeLabels(JdbcTemplate jdbc, String uri, Language language) {
        return jdbc.queryForList("""
                select label from concept_label
                where concept_uri = ? and lang = ? and label_type = 'alternative' order by label""",
                String.class, uri, language.code());
    }
}
