package nl.werkmotor.processinglog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.platform.DeletingExpiredRows;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The retention job: records older than two years (the default) go, a batch at a time; younger ones stay; one
 * instance at a time runs it.
 */
@WerkmotorTest
class DeletingExpiredRecordsIT {

    /** Far above the demo region's ids and those of the other processing-log tests. */
    private static final long FIRST_PERSON = 9_100_000_000L;
    /** Today: the other tests' records in the shared database are young and stay. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TWO_YEARS_AGO = NOW.atOffset(ZoneOffset.UTC).minusYears(2).toInstant();

    @Autowired
    DeletingExpiredRows retention;
    @Autowired
    RecordingProcessing recording;
    @Autowired
    FindProcessingRecords records;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsOlderThanTheRetentionPeriodGoInBatchesAndYoungerOnesStay() {
        // more old records than one batch holds, so that the job has to come back for the rest
        List<Long> old = LongStream.range(FIRST_PERSON, FIRST_PERSON + DeletingExpiredRows.BATCH + 7).boxed().toList();
        long justInTime = FIRST_PERSON + DeletingExpiredRows.BATCH + 100;
        long recent = justInTime + 1;
        recording.recordAll(old, Operation.READ, ProcessingPurpose.MATCHING,
                new Message("Vergeleken met een vacature", "Compared with a vacancy"));
        recording.recordAll(List.of(justInTime, recent), Operation.READ, ProcessingPurpose.GUIDANCE,
                new Message("Uw profiel bekeken", "Your profile viewed"));
        endedAt(old, TWO_YEARS_AGO.minusSeconds(1));
        endedAt(List.of(justInTime), TWO_YEARS_AGO);
        endedAt(List.of(recent), NOW.minusSeconds(3600));

        long deleted = retention.deleteExpired("processing_record", NOW);

        assertThat(deleted).isEqualTo(old.size());
        assertThat(jdbc.queryForObject("select count(*) from processing_record where person_id between ? and ?",
                Long.class, FIRST_PERSON, FIRST_PERSON + DeletingExpiredRows.BATCH + 7)).isZero();
        assertThat(records.aboutPerson(justInTime, 1, 10)).as("exactly two years old: not older than the period").hasSize(1);
        assertThat(records.aboutPerson(recent, 1, 10)).hasSize(1);
        assertThat(retention.deleteExpired("processing_record", NOW)).as("nothing left to delete").isZero();
    }

    @Test
    void whileAnotherInstanceRunsTheJobThisOneSkipsIt(@Autowired PlatformTransactionManager transactions) {
        long old = FIRST_PERSON + 2L * DeletingExpiredRows.BATCH;
        recording.record(old, Operation.READ, ProcessingPurpose.MATCHING,
                new Message("Vergeleken met een vacature", "Compared with a vacancy"));
        endedAt(List.of(old), TWO_YEARS_AGO.minusSeconds(1));

        new TransactionTemplate(transactions).executeWithoutResult(otherInstance -> {
            jdbc.execute("select pg_advisory_xact_lock(hashtextextended('werkmotor.retention.processing_record', 0))");
            assertThat(retention.deleteExpired("processing_record", NOW)).isZero();
        });

        assertThat(records.aboutPerson(old, 1, 10)).as("left for the instance that holds the job").hasSize(1);
        assertThat(retention.deleteExpired("processing_record", NOW)).as("once that one is done").isEqualTo(1);
    }

    private void endedAt(List<Long> people, Instant end) {
        jdbc.update("update processing_record set start_time = ?, end_time = ? where person_id = any(?)",
                Timestamp.from(end), Timestamp.from(end), people.toArray(Long[]::new));
    }
}
