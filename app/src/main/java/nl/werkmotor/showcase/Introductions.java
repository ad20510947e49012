package nl.werkmotor.showcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The introduction table and the case-worker delegations; callers check who may see or change what. */
@Component
class Introductions {

    private static final String COLUMNS = """
            id, vacancy_id, employer_id, person_id, candidate, message, status, requested_by, requested_role,
            requested_at, decided_by, decided_as, decided_at, contact_email, contact_phone""";

    private final JdbcTemplate jdbc;

    Introductions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as stored; {@code personId} never leaves the module. */
    record Introduction(long id, long vacancyId, long employerId, long personId, String candidate, String message,
                        IntroductionStatus status, String requestedBy, String requestedRole, Instant requestedAt,
                        String decidedBy, String decidedAs, Instant decidedAt, String email, String phone) {
    }

    Optional<Introduction> byId(long id) {
        return list("id = ?", id).stream().findFirst();
    }

    Optional<Introduction> of(long vacancyId, long personId) {
        return jdbc.query("select " + COLUMNS + " from introduction where vacancy_id = ? and person_id = ?",
                Introductions::row, vacancyId, personId).stream().findFirst();
    }

    List<Introduction> ofEmployer(long employerId) {
        return list("employer_id = ?", employerId);
    }

    List<Introduction> ofVacancy(long vacancyId) {
        return list("vacancy_id = ?", vacancyId);
    }

    List<Introduction> ofPerson(long personId) {
        return list("person_id = ?", personId);
    }

    List<Introduction> requestedBy(String username) {
        return list("requested_by = ?", username);
    }

    /** The introductions of the people who let their case worker decide. */
    List<Introduction> delegated() {
        return list("person_id in (select person_id from introduction_delegation)");
    }

    long insert(long vacancyId, long employerId, long personId, String candidate, String message, String requestedBy,
                String requestedRole) {
        return jdbc.queryForObject("""
                insert into introduction (vacancy_id, employer_id, person_id, candidate, message, status, requested_by,
                    requested_role, requested_at) values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?, now()) returning id""",
                Long.class, vacancyId, employerId, personId, candidate, message, requestedBy, requestedRole);
    }

    /** @return false when it was decided meanwhile: a decision is taken once */
    boolean decide(long id, IntroductionStatus status, String decidedBy, String decidedAs, String email, String phone) {
        return jdbc.update("""
                update introduction set status = ?, decided_by = ?, decided_as = ?, decided_at = now(),
                    contact_email = ?, contact_phone = ? where id = ? and status = 'REQUESTED'""",
                status.name(), decidedBy, decidedAs, email, phone, id) == 1;
    }

    boolean delegated(long personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from introduction_delegation where person_id = ?)", Boolean.class, personId));
    }

    void delegate(long personId, boolean toCaseWorker) {
        if (toCaseWorker) {
            jdbc.update("insert into introduction_delegation (person_id, since) values (?, now()) on conflict do nothing",
                    personId);
        } else {
            jdbc.update("delete from introduction_delegation where person_id = ?", personId);
        }
    }

    private List<Introduction> list(String condition, Object... args) {
        return jdbc.query("select " + COLUMNS + " from introduction where " + condition + " order by requested_at desc, id desc",
                Introductions::row, args);
    }

    private static Introduction row(ResultSet rs, int i) throws SQLException {
        return new Introduction(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), IntroductionStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                instant(rs.getTimestamp(10)), rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)),
                rs.getString(14), rs.getString(15));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
