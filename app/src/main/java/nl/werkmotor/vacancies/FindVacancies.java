package nl.werkmotor.vacancies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Pages;

/** Vacancies by id, by employer, all of them page by page, how many there are, and who wrote one. */
@Component
public class FindVacancies {

    private static final int PAGE = 5_000;
    /** Far more than the largest employer of a region has open at once. */
    private static final int MAX_PER_EMPLOYER = 2_000;

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

    /** The vacancies of one employer, newest first. */
    public List<Vacancy> byEmployer(long employerId) {
        List<Vacancy> rows = rows("employer_id = ? order by id desc", employerId, MAX_PER_EMPLOYER);
        return rows.isEmpty() ? rows : withRequirements(rows, "vacancy_id = any(?)",
                (Object) rows.stream().map(Vacancy::id).toArray(Long[]::new));
    }

    /** The vacancy text its employer wrote; empty for vacancies loaded in bulk. */
    public Optional<String> text(long id) {
        return jdbc.queryForList("select description from vacancy where id = ?", String.class, id).stream().findFirst();
    }

    /** Who entered this vacancy and who last changed it: for its employer's side only (see {@link VacancyEdits}). */
    public Optional<VacancyEdits> edits(long id) {
        return jdbc.query("""
                select entered_by, entered_by_name, entered_as, entered_at, changed_by, changed_by_name, changed_as,
                    changed_at
                from vacancy where id = ?""", (rs, i) -> new VacancyEdits(edit(rs, 1), edit(rs, 5)), id)
                .stream().findFirst();
    }

    /** The edit in the four columns from {@code first}, or null where it is not known. */
    private static VacancyEdits.Edit edit(ResultSet rs, int first) throws SQLException {
        Timestamp at = rs.getTimestamp(first + 3);
        return at == null ? null : new VacancyEdits.Edit(new VacancyAuthor(rs.getString(first),
                rs.getString(first + 1), VacancyAuthor.Kind.valueOf(rs.getString(first + 2))), at.toInstant());
    }

    private List<Vacancy> page(String condition, long value, int limit) {
        List<Vacancy> rows = rows(condition + " order by id", value, limit);
        return rows.isEmpty() ? rows
                : withRequirements(rows, "vacancy_id between ? and ?", rows.getFirst().id(), rows.getLast().id());
    }

    /**
     * The vacancies entered (published) before {@code cutoff}, oldest first, each with when: the only date a vacancy
     * has (no opening or closing date is kept; a withdrawn vacancy is deleted). Vacancies loaded in bulk have no date
     * and are not among them ({@link #withoutEntryDate()}).
     */
    public List<EnteredVacancy> enteredBefore(Instant cutoff, int limit) {
        Map<Long, Instant> entered = new LinkedHashMap<>();
        jdbc.query("select id, entered_at from vacancy where entered_at < ? order by entered_at, id limit ?",
                rs -> {
                    entered.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }, Timestamp.from(cutoff), limit);
        if (entered.isEmpty()) {
            return List.of();
        }
        Long[] ids = entered.keySet().toArray(Long[]::new);
        Map<Long, Vacancy> byId = new HashMap<>();
        withRequirements(rows("id = any(?) order by id", ids, limit), "vacancy_id = any(?)", (Object) ids)
                .forEach(v -> byId.put(v.id(), v));
        return entered.entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                .map(e -> new EnteredVacancy(byId.get(e.getKey()), e.getValue())).toList();
    }

    /** How many vacancies have no entry date (loaded in bulk, or entered before dates were kept). */
    public long withoutEntryDate() {
        Long count = jdbc.queryForObject("select count(*) from vacancy where entered_at is null", Long.class);
        return count == null ? 0 : count;
    }

    private List<Vacancy> rows(String conditionAndOrder, Object value, int limit) {
        return jdbc.query("""
                select id, employer_id, occupation_uri, title, min_hours, max_hours, postcode4, suits_banenafspraak
                from vacancy where %s limit ?""".formatted(conditionAndOrder), (rs, i) -> new Vacancy(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), List.of(), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getBoolean(8)), value, limit);
    }

    /** The rows with their skills, read in one query whose condition covers every row's id. */
    private List<Vacancy> withRequirements(List<Vacancy> rows, String condition, Object... args) {
        Map<Long, List<SkillRequirement>> requirements = new HashMap<>();
        jdbc.query("select vacancy_id, skill_uri, importance from vacancy_skill where " + condition
                        + " order by vacancy_id, importance, skill_uri",
                rs -> {
                    requirements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SkillRequirement(rs.getString(2), Importance.valueOf(rs.getString(3))));
                }, args);
        return rows.stream().map(v -> new Vacancy(v.id(), v.employerId(), v.occupationUri(), v.title(),
                requirements.getOrDefault(v.id(), List.of()), v.minHours(), v.maxHours(), v.postcode4(),
                v.suitsBanenafspraak())).toList();
    }
}
