package nl.werkmotor.vacancies;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes one vacancy with its skills and who wrote it; callers check and hold the transaction. */
@Component
class VacancyStore {

    private final JdbcTemplate jdbc;

    VacancyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long employerId, VacancyDescription d, VacancyAuthor author) {
        Long id = jdbc.queryForObject("""
                insert into vacancy (employer_id, occupation_uri, title, min_hours, max_hours, postcode4,
                    suits_banenafspraak, description, entered_by, entered_by_name, entered_as, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) returning id""", Long.class,
                employerId, d.occupationUri(), d.title().strip(), d.minHours(), d.maxHours(), d.postcode4().strip(),
                d.suitsBanenafspraak(), text(d), author.login(), author.name(), author.kind().name());
        skills(id, d);
        return id;
    }

    /** @return false when the employer has no such vacancy */
    boolean update(long employerId, long vacancyId, VacancyDescription d, VacancyAuthor author) {
        int updated = jdbc.update("""
                update vacancy set occupation_uri = ?, title = ?, min_hours = ?, max_hours = ?, postcode4 = ?,
                    suits_banenafspraak = ?, description = ?, changed_by = ?, changed_by_name = ?, changed_as = ?,
                    changed_at = now()
                where id = ? and employer_id = ?""",
                d.occupationUri(), d.title().strip(), d.minHours(), d.maxHours(), d.postcode4().strip(),
                d.suitsBanenafspraak(), text(d), author.login(), author.name(), author.kind().name(), vacancyId,
                employerId);
        if (updated == 0) {
            return false;
        }
        jdbc.update("delete from vacancy_skill where vacancy_id = ?", vacancyId);
        skills(vacancyId, d);
        return true;
    }

    /** @return false when the employer has no such vacancy */
    boolean delete(long employerId, long vacancyId) {
        if (jdbc.update("delete from vacancy where id = ? and employer_id = ?", vacancyId, employerId) == 0) {
            return false;
        }
        jdbc.update("delete from vacancy_skill where vacancy_id = ?", vacancyId);
        return true;
    }

    private void skills(long vacancyId, VacancyDescription d) {
        jdbc.batchUpdate("insert into vacancy_skill (vacancy_id, skill_uri, importance) values (?, ?, ?)",
                d.requirements().stream().map(r -> new Object[] {vacancyId, r.skillUri(), r.importance().name()}).toList());
    }

    private static String text(VacancyDescription d) {
        return d.text() == null ? "" : d.text().strip();
    }
}
