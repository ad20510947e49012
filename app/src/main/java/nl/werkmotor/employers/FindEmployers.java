package nl.werkmotor.employers;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.Sector;

/** Employers by id, by the organisation their staff sign in for, or by name, and how many there are. */
@Component
public class FindEmployers {

    private final JdbcTemplate jdbc;

    FindEmployers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from employer", Long.class);
        return count == null ? 0 : count;
    }

    public Optional<Employer> byId(long id) {
        return one("id = ?", id);
    }

    /** The employer whose staff sign in for this organisation ({@link LinkingOrganisation}), if any. */
    public Optional<Employer> byOrganisation(String organisationId) {
        return one("organisation_id = ?", organisationId);
    }

    /** Employers whose name contains this text (any case), by name, a page at a time; all of them for "". */
    public List<Employer> named(String text, int offset, int limit) {
        return query("position(lower(?) in lower(name)) > 0 order by name, id offset ? limit ?", text, offset, limit);
    }

    private Optional<Employer> one(String condition, Object value) {
        return query(condition, value).stream().findFirst();
    }

    private List<Employer> query(String condition, Object... values) {
        return jdbc.query("select id, name, sector, size_class, postcode4 from employer where " + condition,
                (rs, i) -> new Employer(rs.getLong(1), rs.getString(2), Sector.valueOf(rs.getString(3)),
                        SizeClass.valueOf(rs.getString(4)), rs.getString(5)), values);
    }
}
