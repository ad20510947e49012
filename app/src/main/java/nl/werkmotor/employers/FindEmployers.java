package nl.werkmotor.employers;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.Sector;

/** Employers by id or by the organisation their staff sign in for, and how many there are. */
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

    private Optional<Employer> one(String condition, Object value) {
        return jdbc.query("select id, name, sector, size_class, postcode4 from employer where " + condition,
                (rs, i) -> new Employer(rs.getLong(1), rs.getString(2), Sector.valueOf(rs.getString(3)),
                        SizeClass.valueOf(rs.getString(4)), rs.getString(5)), value).stream().findFirst();
    }
}
