package nl.werkmotor.taxonomy;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which taxonomy is loaded, if any. */
@Component
public class FindTaxonomyVersion {

    private final JdbcTemplate jdbc;

    FindTaxonomyVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TaxonomyVersion> currentVersion() {
        return jdbc.query("""
                select version, source, imported_at, occupations, skills, relations, skill_groups, isco_groups, labels
                from taxonomy_import where is_current""",
                (rs, i) -> new TaxonomyVersion(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .stream().findFirst();
    }

    /** True when no taxonomy has been imported yet (one index probe). */
    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from occupation)", Boolean.class));
    }
}
