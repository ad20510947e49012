package nl.werkmotor.vacancies;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Vacancies by id, and how many there are. */
@Component
public class FindVacancies {

    private final JdbcTemplate jdbc;

    FindVacancies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from vacancy", Long.class);
        return count == null ? 0 : count;
    }

    public Optional<Vacancy> byId(long id) {
        List<SkillRequirement> requirements = jdbc.query("""
                select skill_uri, importance from vacancy_skill where vacancy_id = ? order by importance, skill_uri""",
                (rs, i) -> new SkillRequirement(rs.getString(1), Importance.valueOf(rs.getString(2))), id);
        return jdbc.query("""
                select id, employer_id, occupation_uri, title, min_hours, max_hours, postcode4, suits_banenafspraak
                from vacancy where id = ?""", (rs, i) -> new Vacancy(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), requirements, rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)), id)
                .stream().findFirst();
    }
}
