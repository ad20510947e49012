package nl.werkmotor.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.WerkmotorTest;

/**
 * The nightly job marks placements at work that reached 6 or 12 months after their start (from that day), not one
 * before its day, not one whose fixed contract ends before, and not one ended; each mark is in the history as
 * Werkmotor's and in the person's processing log.
 */
@WerkmotorTest
class MarkingLastingPlacementsIT {

    private static final long PERSON = 9_300_000_000L; // far above the demo region's ids
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    MarkingLastingPlacements job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Placements placements;
    @Autowired
    PlacementLog log;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from placement where person_id between ? and ?", PERSON, PERSON + 10);
    }

    @Test
    void marksWhatReachedSixOrTwelveMonthsOnItsDayAndNothingElse() {
        long thirteenMonths = started(PERSON, "STARTED", TODAY.minusMonths(13), null);
        long sixMonthsToday = started(PERSON + 1, "AFTERCARE", TODAY.minusMonths(6), 12);
        long fiveMonths = started(PERSON + 2, "STARTED", TODAY.minusMonths(5), null);
        long shortContract = started(PERSON + 3, "STARTED", TODAY.minusMonths(8), 4);
        long twelveMonthContract = started(PERSON + 4, "LASTING_6", TODAY.minusMonths(14), 12);
        long ended = started(PERSON + 5, "ENDED", TODAY.minusMonths(9), null);

        job.nightly(); // as the scheduler calls it: its marks and processing log in one transaction

        assertThat(state(thirteenMonths)).isEqualTo("LASTING_12 " + TODAY.minusMonths(7) + " " + TODAY.minusMonths(1));
        assertThat(state(sixMonthsToday)).isEqualTo("LASTING_6 " + TODAY + " -");
        assertThat(state(fiveMonths)).isEqualTo("STARTED - -");
        assertThat(state(shortContract)).as("the contract ends before 6 months").isEqualTo("STARTED - -");
        assertThat(state(twelveMonthContract)).as("a contract of exactly 12 months reaches 12")
                .startsWith("LASTING_12");
        assertThat(state(ended)).isEqualTo("ENDED - -");
        assertThat(jdbc.queryForObject("select count(*) from placement_change where placement_id = ? and "
                + "changed_by = 'werkmotor' and changed_as = 'SYSTEM'", Long.class, thirteenMonths)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from processing_record where person_id = ? and purpose = "
                + "'PLACEMENT'", Long.class, PERSON)).isEqualTo(2);
        assertThat(job.markUntil(TODAY)).as("marked once").isZero();
    }

    /**
     * The day is the job's clock's Dutch calendar day, not today's: at 23:30 in Amsterdam on the day before the
     * 6-month anniversary it marks nothing; at 00:30 in Amsterdam on the day, while UTC still says the day before,
     * the placement is lasting from that day, and the history says when by that clock.
     */
    @Test
    void marksOnTheDutchDayOfTheSixMonthAnniversaryNotTheDayBefore() {
        LocalDate start = LocalDate.of(2003, 6, 15); // long before any other test's placements
        long placement = started(PERSON + 6, "STARTED", start, null);
        Instant dayBefore = Instant.parse("2003-12-14T22:30:00Z"); // 23:30 on 14 December in Amsterdam
        Instant anniversary = Instant.parse("2003-12-14T23:30:00Z"); // 00:30 on 15 December in Amsterdam

        nightlyAt(dayBefore);
        assertThat(state(placement)).isEqualTo("STARTED - -");

        nightlyAt(anniversary);
        assertThat(state(placement)).isEqualTo("LASTING_6 2003-12-15 -");
        assertThat(jdbc.queryForObject("select changed_at from placement_change where placement_id = ? and "
                + "changed_by = 'werkmotor'", Timestamp.class, placement).toInstant()).isEqualTo(anniversary);
        assertThat(anniversary.atOffset(ZoneOffset.UTC).toLocalDate()).as("UTC's day is still the one before")
                .isEqualTo(LocalDate.of(2003, 12, 14));
    }

    /** The job by a clock standing still at that instant, in a transaction as the scheduled bean's proxy runs it. */
    private void nightlyAt(Instant instant) {
        MarkingLastingPlacements atThatInstant = new MarkingLastingPlacements(placements, log,
                Clock.fixed(instant, ZoneId.of("Europe/Amsterdam")));
        new TransactionTemplate(transactions).executeWithoutResult(status -> atThatInstant.nightly());
    }

    private String state(long id) {
        return jdbc.queryForObject("select step || ' ' || coalesce(lasting6_on::text, '-') || ' ' "
                + "|| coalesce(lasting12_on::text, '-') from placement where id = ?", String.class, id);
    }

    private long started(long person, String step, LocalDate on, Integer contractMonths) {
        return jdbc.queryForObject("""
                insert into placement (introduction_id, person_id, vacancy_id, employer_id, organisation_id, step,
                    accepted_on, started_on, lasting6_on, ended_on, hours_per_week, contract_months, recorded_by,
                    recorded_as, recorded_at, changed_at)
                values (?, ?, 1, 1, 'gemeente-lindeveen', ?, ?, ?, ?, ?, 32, ?, 'klantmanager', 'CASE_WORKER', now(),
                    now()) returning id""", Long.class, person, person, step, on.minusMonths(1), on,
                step.equals("LASTING_6") ? on.plusMonths(6) : null, step.equals("ENDED") ? on.plusMonths(1) : null,
                contractMonths);
    }
}
