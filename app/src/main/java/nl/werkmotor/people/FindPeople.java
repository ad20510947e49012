package nl.werkmotor.people;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.Sector;

/** People by id, and how many there are. */
@Component
public class FindPeople {

    private final JdbcTemplate jdbc;

    FindPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from person", Long.class);
        return count == null ? 0 : count;
    }

    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from person)", Boolean.class));
    }

    public Optional<Person> byId(long id) {
        List<SkillClaim> skills = jdbc.query("select skill_uri, evidence from person_skill where person_id = ? order by skill_uri",
                (rs, i) -> new SkillClaim(rs.getString(1), Evidence.valueOf(rs.getString(2))), id);
        return jdbc.query("""
                select id, kind, first_name, last_name, birth_year, postcode4, target_groups, benefit, previous_occupations,
                    min_hours, max_hours, travel_radius_km, sectors, motivation, availability, visibility
                from person where id = ?""", (rs, i) -> new Person(rs.getLong(1), PersonKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                enums(rs.getArray(7), TargetGroup::valueOf), BenefitType.valueOf(rs.getString(8)),
                List.of((String[]) rs.getArray(9).getArray()),
                new Profile(skills, new Preferences(rs.getInt(10), rs.getInt(11), rs.getInt(12),
                        enums(rs.getArray(13), Sector::valueOf), Motivation.valueOf(rs.getString(14)),
                        Availability.valueOf(rs.getString(15)), Visibility.valueOf(rs.getString(16))))), id)
                .stream().findFirst();
    }

    private static <E> Set<E> enums(Array array, Function<String, E> valueOf) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(valueOf).collect(Collectors.toSet());
    }
}
