package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.platform.DeletingExpiredRows;

/**
 * Issue 12, item 9: introductions, case workers' notes, intakes and vacancy proposals, and employer contact moments
 * go every night once kept for their retention period (the defaults: a year, two, two, two, three); younger ones
 * stay, and so does the newest intake of someone still in a caseload.
 */
@WerkmotorTest
class RetentionPeriodsIT {

    /** Far above the demo region's ids: nobody's real data. */
    private static final long PERSON = 9_200_000_001L;
    private static final long OTHER = 9_200_000_002L;
    private static final long EMPLOYER = 9_200_000_003L;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    DeletingExpiredRows retention;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIntroductionGoesAYearAfterAnythingLastHappenedToIt() {
        // the demo region's history has introductions older than a year too: let them go first, so the count is ours
        retention.deleteExpired("introduction", NOW);
        long declined = introduction(1, "DECLINED", monthsAgo(14), monthsAgo(13), null, null);
        long unanswered = introduction(2, "REQUESTED", monthsAgo(13), null, null, null);
        long hiredLately = introduction(3, "ACCEPTED", monthsAgo(30), monthsAgo(29), monthsAgo(6), null);
        long sharedAgainLately = introduction(4, "ACCEPTED", monthsAgo(30), monthsAgo(29), null, monthsAgo(1));
        long oneYearToTheSecond = introduction(5, "DECLINED", monthsAgo(13), yearsAgo(1), null, null);

        assertThat(retention.deleteExpired("introduction", NOW)).isEqualTo(2);

        assertThat(jdbc.queryForList("select id from introduction where person_id = ? order by id", Long.class, PERSON))
                .doesNotContain(declined, unanswered).containsExactly(hiredLately, sharedAgainLately, oneYearToTheSecond);
        jdbc.update("delete from introduction where person_id = ?", PERSON);
    }

    @Test
    void aNoteGoesTwoYearsAfterItWasWritten() {
        long old = note(yearsAgo(2).minusSeconds(1));
        long young = note(yearsAgo(2).plusSeconds(60));

        assertThat(retention.deleteExpired("guidance_note", NOW)).isEqualTo(1);

        assertThat(jdbc.queryForList("select id from guidance_note where person_id = ?", Long.class, PERSON))
                .containsExactly(young).doesNotContain(old);
        jdbc.update("delete from guidance_note where person_id = ?", PERSON);
    }

    @Test
    void anIntakeGoesTwoYearsAfterItWasRecordedOnceANewerOneReplacedItOrTheGuidanceEnded() {
        jdbc.update("insert into caseload (person_id, case_worker, organisation_id) values (?, 'klantmanager', 'test')",
                PERSON);
        try {
            long replaced = intake(PERSON, yearsAgo(3));
            long newestOfSomeoneGuided = intake(PERSON, yearsAgo(2).minusSeconds(1));
            long guidanceEnded = intake(OTHER, yearsAgo(2).minusSeconds(1));
            long young = intake(OTHER, NOW.minusSeconds(3600));

            assertThat(retention.deleteExpired("intake", NOW)).isEqualTo(2);

            assertThat(jdbc.queryForList("select id from intake where person_id in (?, ?) order by id", Long.class,
                    PERSON, OTHER)).containsExactly(newestOfSomeoneGuided, young).doesNotContain(replaced, guidanceEnded);
        } finally {
            jdbc.update("delete from caseload where person_id = ?", PERSON);
            jdbc.update("delete from intake where person_id in (?, ?)", PERSON, OTHER);
        }
    }

    /** Issue 12, a leftover of item 9: proposals had no period and stayed as long as the person. */
    @Test
    void aVacancyProposalGoesTwoYearsAfterItWasProposedOrItsOutcomeRecorded() {
        long open = proposal(1, yearsAgo(2).minusSeconds(1), null);
        long decidedLongAgo = proposal(2, yearsAgo(4), yearsAgo(2).minusSeconds(1));
        long young = proposal(3, yearsAgo(2).plusSeconds(60), null);
        long decidedLately = proposal(4, yearsAgo(3), monthsAgo(6));

        assertThat(retention.deleteExpired("vacancy_proposal", NOW)).isEqualTo(2);

        assertThat(jdbc.queryForList("select id from vacancy_proposal where person_id = ? order by id", Long.class,
                PERSON)).containsExactly(young, decidedLately).doesNotContain(open, decidedLongAgo);
        jdbc.update("delete from vacancy_proposal where person_id = ?", PERSON);
    }

    @Test
    void aContactMomentGoesThreeYearsAfterItsDay() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        long old = contact(today.minusYears(3).minusDays(1));
        long young = contact(today.minusYears(3).plusDays(1));

        assertThat(retention.deleteExpired("employer_contact", NOW)).isEqualTo(1);

        assertThat(jdbc.queryForList("select id from employer_contact where employer_id = ?", Long.class, EMPLOYER))
                .containsExactly(young).doesNotContain(old);
        jdbc.update("delete from employer_contact where employer_id = ?", EMPLOYER);
    }

    private long introduction(long vacancy, String status, Instant requested, Instant decided, Instant outcome,
                              Instant consentChanged) {
        return jdbc.queryForObject("""
                insert into introduction (vacancy_id, employer_id, person_id, candidate, status, requested_by,
                    requested_role, requested_at, decided_at, outcome, outcome_at, contact_consent_at)
                values (?, ?, ?, 'K-TEST', ?, 'werkgever', 'WERKGEVER', ?, ?, ?, ?, ?) returning id""", Long.class,
                EMPLOYER + vacancy, EMPLOYER, PERSON, status, ts(requested), ts(decided), outcome == null ? null : "HIRED",
                ts(outcome), ts(consentChanged));
    }

    private long note(Instant written) {
        return jdbc.queryForObject("""
                insert into guidance_note (person_id, purpose, text, author, author_name, written_at)
                values (?, 'BEGELEIDING', 'Gesprek gehad.', 'klantmanager', 'Test', ?) returning id""", Long.class,
                PERSON, ts(written));
    }

    private long intake(long person, Instant recorded) {
        return jdbc.queryForObject("""
                insert into intake (person_id, situation, wishes, support_needs, next_steps, author, author_name,
                    recorded_at) values (?, 'situatie', 'wensen', 'steun', 'stappen', 'klantmanager', 'Test', ?)
                returning id""", Long.class, person, ts(recorded));
    }

    private long proposal(long vacancy, Instant proposed, Instant outcome) {
        return jdbc.queryForObject("""
                insert into vacancy_proposal (person_id, vacancy_id, vacancy_title, author, author_name, proposed_at,
                    outcome, outcome_at) values (?, ?, 'Heftruckchauffeur', 'klantmanager', 'Test', ?, ?, ?)
                returning id""", Long.class, PERSON, EMPLOYER + vacancy, ts(proposed), outcome == null ? null : "HIRED",
                ts(outcome));
    }

    private long contact(LocalDate day) {
        return jdbc.queryForObject("""
                insert into employer_contact (employer_id, contact_date, kind, summary, account_manager, author_name)
                values (?, ?, 'VISIT', 'Bezocht.', 'accountmanager', 'Test') returning id""", Long.class, EMPLOYER,
                Date.valueOf(day));
    }

    private static Instant monthsAgo(int months) {
        return NOW.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static Instant yearsAgo(int years) {
        return NOW.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
