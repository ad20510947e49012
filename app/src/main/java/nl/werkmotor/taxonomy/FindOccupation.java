package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One occupation of the current taxonomy, with its ISCO groups, broader and narrower occupations, and skills. */
@Component
public class FindOccupation {

    public static final String URI_PREFIX = "http://data.europa.eu/esco/occupation/";

    private final JdbcTemplate jdbc;

    FindOccupation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param id the UUID at the end of the ESCO URI */
    public Optional<Occupation> byId(UUID id, Language language) {
        return byUri(URI_PREFIX + id, language);
    }

    public Optional<Occupation> byUri(String uri, Language language) {
        record Row(String code, String isco, String en, String nl, String descriptionEn, String descriptionNl) {
        }
        Optional<Row> found = jdbc.query("""
                select code, isco_code, label_en, label_nl, description_en, description_nl from occupation where uri = ?""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), uri).stream().findFirst();
        return found.map(o -> {
            List<Occupation.IscoGroup> isco = iscoGroups(o.isco(), language);
            List<SkillSummary> essential = new ArrayList<>();
            List<SkillSummary> optional = new ArrayList<>();
            jdbc.query("""
                    select s.uri, s.label_nl, s.label_en, s.skill_type, s.reuse_level, os.relation
                    from occupation_skill os join skill s on s.uri = os.skill_uri
                    where os.occupation_uri = ?
                    order by\s""" + TaxonomySql.orderByLabel("s", language), rs -> {
                        SkillSummary skill = TaxonomySql.skillSummary(rs, language);
                        ("essential".equals(rs.getString(6)) ? essential : optional).add(skill);
                    }, uri);
            return new Occupation(uri, o.code(), isco.isEmpty() ? null : isco.getFirst(),
                    isco.isEmpty() ? List.of() : isco.subList(1, isco.size()), Label.of(language, o.nl(), o.en()), o.nl(),
                    o.en(), Label.of(language, o.descriptionNl(), o.descriptionEn()),
                    TaxonomySql.alternativeLabels(jdbc, uri, language), essential, optional,
                    related(uri, "concept_uri", "broader_uri", language), related(uri, "broader_uri", "concept_uri", language));
        });
    }

    /** Occupations one broader relation away: {@code from} is this occupation's column, {@code to} the other's. */
    private List<OccupationSummary> related(String uri, String from, String to, Language language) {
        return jdbc.query("select o.uri, o.label_nl, o.label_en from broader_relation b join occupation o on o.uri = b." + to
                + " where b." + from + " = ? order by " + TaxonomySql.orderByLabel("o", language),
                (rs, i) -> new OccupationSummary(rs.getString(1), Label.of(language, rs.getString(2), rs.getString(3))), uri);
    }

    /** The unit group and its broader groups: ISCO-08 codes nest by prefix (8331 in 833 in 83 in 8). */
    private List<Occupation.IscoGroup> iscoGroups(String code, Language language) {
        List<String> codes = new ArrayList<>();
        for (int length = code.length(); length > 0; length--) {
            codes.add(code.substring(0, length));
        }
        return jdbc.query("select code, label_nl, label_en from isco_group where code = any (?) order by length(code) desc",
                (rs, i) -> new Occupation.IscoGroup(rs.getString(1), Label.of(language, rs.getString(2), rs.getString(3))),
                (Object) codes.toArray(String[]::new));
    }
}
