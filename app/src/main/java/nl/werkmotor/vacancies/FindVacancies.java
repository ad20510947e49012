package nl.werkmotor.vacancies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Pages;

/** Vacancies by id, all of them page by page, and how many there are. */
@Component
public class FindVacancies {

    private static final int PAGE = 5_000;

    private final JdbcTemplate jdbc;

    FindVacancies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from vacancy", Long.class);
        return count == null ? 0 : count;
    }

    public Optional<Vacancy> byId(long id) {
        return page("id = ?", id, 1).stream().findFirst();
    }

    /** Every vacancy in id order, read a page at a time. */
    public void forEach(Consumer<Vacancy> each) {
        Pages.forEach(PAGE, after -> page("id > ?", after, PAGE), Vacancy::id, each);
    }

    /** One page in id order: {@code size} vacancies after skipping {@code offset}. */
    public List<Vacancy> page(int offset, int size) {
        Long after = jdbc.query("select id from vacancy order by id offset ? limit 1",
                rs -> rs.next() ? rs.getLong(1) - 1 : null, offset);
        return after == null ? List.of() : page("id > ?", after, size);
    }

    private List<Vacancy> page(String condition, long value, int limit) {
        List<Vacancy> rows = jdbc.query("""
                select id, employer_id, occupation_uri, title, min_hours, max_hours, postcode4, suits_banenafspraak
                from vacancy where %s order by id limit ?""".formatted(condition), (rs, i) -> new Vacancy(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), List.of(), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getBoolean(8)), value, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SkillRequirement>> requirements = new HashMap<>();
        jdbc.query("select vacancy_id, skill_uri, importance from vacancy_skill where vacancy_id between ? and ? "
                        + "order by vacancy_id, importance, skill_uri",
                rs -> {
                    requirements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SkillRequirement(rs.getString(2), Importance.valueOf(rs.getString(3))));
                }, rows.getFirst().id(), rows.getLast().id());
        return rows.stream().map(v -> new Vacancy(v.id(), v.employerId(), v.occupationUri(), v.title(),
                requirements.getOrDefault(v.id(), List.of()), v.minHours(), v.maxHours(), v.postcode4(),
                v.suitsBanenafspraak())).toList();
    }
}
