package nl.werkmotor.people;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Pages;

import nl.werkmotor.taxonomy.Sector;

/**
 * People by id or by their own login, all of them page by page, and how many there are; a person's
 * {@link EligibilityFacts}.
 */
@Component
public class FindPeople {

    private static final int PAGE = 5_000;

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
        return page("id = ?", id, 1).stream().findFirst();
    }

    /** The person who signs in with this login ({@link LinkingAccount}), if any. */
    public Optional<Person> byAccount(String account) {
        return page("account = ?", account, 1).stream().findFirst();
    }

    /** Who changed this person's profile and what, newest first. */
    public List<ProfileChange> changes(long personId) {
        return ProfileHistory.of(jdbc, personId);
    }

    /**
     * The facts the Toolbox's rules read about a person; empty when there is no such person. The caller writes
     * its read to the processing log, as with {@link #byId}.
     */
    public Optional<EligibilityFacts> eligibilityFacts(long personId) {
        return jdbc.query("""
                select id, birth_year, birth_date, target_groups, benefit, benefit_since, work_limitation, loonwaarde
                from person where id = ?""", (rs, i) -> new EligibilityFacts(rs.getLong(1), rs.getInt(2),
                rs.getObject(3, LocalDate.class), enums(rs.getArray(4), TargetGroup::new),
                BenefitType.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                WorkLimitation.valueOf(rs.getString(7)), (Integer) rs.getObject(8)), personId).stream().findFirst();
    }

    /** Every person in id order, read a page at a time so that a million people never sit in memory at once. */
    public void forEach(Consumer<Person> each) {
        Pages.forEach(PAGE, after -> page("id > ?", after, PAGE), Person::id, each);
    }

    private List<Person> page(String condition, Object value, int limit) {
        record Row(long id, PersonKind kind, String firstName, String lastName, int birthYear, String postcode4,
                   Set<TargetGroup> targetGroups, BenefitType benefit, List<String> previousOccupations,
                   Preferences preferences) {
        }
        List<Row> rows = jdbc.query("""
                select id, kind, first_name, last_name, birth_year, postcode4, target_groups, benefit, previous_occupations,
                    min_hours, max_hours, travel_radius_km, sectors, motivation, availability, visibility,
                    working_conditions, support_needs
                from person where %s order by id limit ?""".formatted(condition), (rs, i) -> new Row(rs.getLong(1),
                PersonKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                enums(rs.getArray(7), TargetGroup::new), BenefitType.valueOf(rs.getString(8)),
                List.of((String[]) rs.getArray(9).getArray()),
                new Preferences(rs.getInt(10), rs.getInt(11), rs.getInt(12), enums(rs.getArray(13), Sector::valueOf),
                        Motivation.valueOf(rs.getString(14)), Availability.valueOf(rs.getString(15)),
                        Visibility.valueOf(rs.getString(16)), enums(rs.getArray(17), WorkingCondition::valueOf),
                        enums(rs.getArray(18), SupportNeed::valueOf))), value, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SkillClaim>> claims = new HashMap<>();
        jdbc.query("select person_id, skill_uri, evidence from person_skill where person_id between ? and ? "
                        + "order by person_id, skill_uri",
                rs -> {
                    claims.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SkillClaim(rs.getString(2), Evidence.valueOf(rs.getString(3))));
                }, rows.getFirst().id(), rows.getLast().id());
        return rows.stream().map(r -> new Person(r.id(), r.kind(), r.firstName(), r.lastName(), r.birthYear(),
                r.postcode4(), r.targetGroups(), r.benefit(), r.previousOccupations(),
                new Profile(claims.getOrDefault(r.id(), List.of()), r.preferences()))).toList();
    }

    private static <E> Set<E> enums(Array array, Function<String, E> valueOf) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(valueOf).collect(Collectors.toSet());
    }
}
