package nl.werkmotor.processinglog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the processing records older than the retention period ({@link RetentionPeriod}), every night
 * ({@code werkmotor.processing-log.schedule}, a Spring cron expression in the server's time zone).
 * A batch at a time, each in its own transaction, so that a large first run neither holds one long lock
 * nor loses what it did when it stops halfway. Only the count is logged: a record names a person.
 */
@Component
@ConditionalOnWebApplication // the server runs it; a command starts and ends before any night comes
@EnableScheduling
@EnableConfigurationProperties(RetentionPeriod.class)
public class DeletingExpiredRecords {

    private static final Logger log = LoggerFactory.getLogger(DeletingExpiredRecords.class);
    static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RetentionPeriod period;

    DeletingExpiredRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions, RetentionPeriod period) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.period = period;
    }

    @Scheduled(cron = "${werkmotor.processing-log.schedule:0 15 3 * * *}")
    void nightly() {
        deleteExpired(Instant.now());
    }

    /** @return how many records were deleted: those whose processing ended before {@code now} minus the retention */
    public long deleteExpired(Instant now) {
        Timestamp before = Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(period.retention()).toInstant());
        long deleted = 0;
        int batch;
        do {
            batch = transaction.execute(status -> jdbc.update("""
                    delete from processing_record where id in (
                        select id from processing_record where end_time < ? limit ? for update skip locked)""",
                    before, BATCH));
            deleted += batch;
        } while (batch == BATCH);
        log.info("Processing log retention ({}): {} records that ended before {} deleted", period.retention(), deleted,
                before.toInstant());
        return deleted;
    }
}
