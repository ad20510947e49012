package nl.werkmotor.showcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.RetentionRule;

/**
 * The introduction table and the case-worker delegations; callers check who may see or change what. An introduction
 * goes a year after anything last happened to it ({@link #introductionRetention()}).
 */
@Component
class Introductions {

    private static final String COLUMNS = """
            id, vacancy_id, employer_id, person_id, candidate, message, status, requested_by, requested_role,
            requested_at, decided_by, decided_as, decided_at, contact_email, contact_phone, requested_name, outcome,
            outcome_as, outcome_at, contact_consent, coalesce(contact_consent_at, decided_at)""";

    private final JdbcTemplate jdbc;

    Introductions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * No request, decision, outcome or change of what the person shares for a year ({@code werkmotor.retention
     * .introductions}; docs/privacy.md says why): most are closed long before (declined, hired, not hired,
     * withdrawn), and one left open that long has served its purpose too.
     */
    @Bean
    static RetentionRule introductionRetention() {
        return new RetentionRule("introduction", "werkmotor.retention.introductions", Period.ofYears(1),
                "greatest(requested_at, decided_at, outcome_at, contact_consent_at) < ?");
    }

    /**
     * A row as stored; {@code personId} never leaves the module.
     *
     * @param requestedName the asker's name; null for introductions asked before names were kept
     * @param outcomeAs     who set the outcome: CASE_WORKER, WERKGEVER or ACCOUNTMANAGER; null without one
     * @param consentAt     when {@code consent} last changed; null before a yes
     */
    record Introduction(long id, long vacancyId, long employerId, long personId, String candidate, String message,
                        IntroductionStatus status, String requestedBy, String requestedRole, Instant requestedAt,
                        String decidedBy, String decidedAs, Instant decidedAt, String email, String phone,
                        String requestedName, IntroductionOutcome outcome, String outcomeAs, Instant outcomeAt,
                        ContactConsent consent, Instant consentAt) {
    }

    Optional<Introduction> byId(long id) {
        return list("id = ?", id).stream().findFirst();
    }

    /** As {@link #byId(long)}, but none when a person is named and it is not theirs (a form on another's file). */
    Optional<Introduction> byId(long id, Long personId) {
        return byId(id).filter(i -> personId == null || i.personId() == personId);
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

    /** The introductions of these people, e.g. of a case worker's caseload. */
    List<Introduction> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return list("person_id in (" + String.join(", ", Collections.nCopies(personIds.size(), "?")) + ")",
                personIds.toArray());
    }

    long insert(long vacancyId, long employerId, long personId, String candidate, String message, String requestedBy,
                String requestedRole, String requestedName) {
        return jdbc.queryForObject("""
                insert into introduction (vacancy_id, employer_id, person_id, candidate, message, status, requested_by,
                    requested_role, requested_name, requested_at) values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?, now())
                    returning id""",
                Long.class, vacancyId, employerId, personId, candidate, message, requestedBy, requestedRole,
                requestedName);
    }

    /** @return false when it was decided meanwhile: a decision is taken once */
    boolean decide(long id, IntroductionStatus status, String decidedBy, String decidedAs, String email, String phone,
                   ContactConsent consent) {
        return jdbc.update("""
                update introduction set status = ?, decided_by = ?, decided_as = ?, decided_at = now(),
                    contact_email = ?, contact_phone = ?, contact_consent = ?, contact_consent_at = now()
                    where id = ? and status = 'REQUESTED'""",
                status.name(), decidedBy, decidedAs, email, phone, consent.name(), id) == 1;
    }

    /** Whether the employer's side of this accepted introduction sees the name and contact details from now on. */
    void consent(long id, ContactConsent consent) {
        jdbc.update("""
                update introduction set contact_consent = ?, contact_consent_at = now()
                    where id = ? and status = 'ACCEPTED' and contact_consent <> ?""", consent.name(), id, consent.name());
    }

    /** The yeses this person gave while their profile was visible to employers end with that visibility. */
    void withdrawWithProfile(long personId) {
        jdbc.update("""
                update introduction set contact_consent = 'WITHDRAWN', contact_consent_at = now()
                    where person_id = ? and status = 'ACCEPTED' and contact_consent = 'WITH_PROFILE'""", personId);
    }

    /** Only after a yes, which is never taken back (the table checks it too). */
    void recordOutcome(long id, IntroductionOutcome outcome, String by, String as) {
        jdbc.update("""
                update introduction set outcome = ?, outcome_by = ?, outcome_as = ?, outcome_at = now()
                    where id = ? and status = 'ACCEPTED'""", outcome.name(), by, as, id);
    }

    boolean delegated(long personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from introduction_delegation where person_id = ?)", Boolean.class, personId));
    }

    /** Since when the person lets their case worker decide; empty when they decide themselves. */
    Optional<Instant> delegatedSince(long personId) {
        return jdbc.query("select since from introduction_delegation where person_id = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(), personId).stream().findFirst();
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
                rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17) == null ? null : IntroductionOutcome.valueOf(rs.getString(17)), rs.getString(18),
                instant(rs.getTimestamp(19)), ContactConsent.valueOf(rs.getString(20)), instant(rs.getTimestamp(21)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
