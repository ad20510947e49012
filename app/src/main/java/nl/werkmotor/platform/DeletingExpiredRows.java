package nl.werkmotor.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention job: every module's {@link RetentionRule}s, at 03:15 server time unless
 * {@code werkmotor.retention.schedule} (a Spring cron expression) says otherwise. Each rule deletes a batch at a
 * time, each batch in a transaction of its own, so that a large first run neither holds one long lock nor loses what
 * it did when it stops halfway; and under a PostgreSQL advisory lock per table, held for the whole rule, so that of
 * several instances started at the same moment one deletes and the others skip. Only counts are logged: a row
 * names a person. A period set to zero or below stops the start, naming its setting.
 */
@Component
@ConditionalOnWebApplication // the server runs it; a command starts and ends before any night comes
@EnableScheduling
public class DeletingExpiredRows {

    public static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(DeletingExpiredRows.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate rule;
    private final TransactionTemplate batch;
    private final Map<String, RetentionRule> rules;
    private final Map<String, Period> periods;

    DeletingExpiredRows(JdbcTemplate jdbc, PlatformTransactionManager transactions, List<RetentionRule> rules,
                        Environment environment) {
        this.jdbc = jdbc;
        // a rule's own transaction holds its lock, on a connection of its own even when called in a transaction
        this.rule = new TransactionTemplate(transactions);
        this.rule.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batch = new TransactionTemplate(transactions);
        this.batch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rules = rules.stream().collect(Collectors.toMap(RetentionRule::table, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two retention rules for table " + a.table());
        }, LinkedHashMap::new));
        Binder settings = Binder.get(environment);
        this.periods = this.rules.values().stream().collect(Collectors.toMap(RetentionRule::table,
                r -> RetentionRule.requirePositive(r.setting(), settings.bind(r.setting(), Period.class)
                        .orElse(r.defaultPeriod()))));
    }

    @Scheduled(cron = "${werkmotor.retention.schedule:0 15 3 * * *}")
    void nightly() {
        Instant now = Instant.now();
        rules.keySet().forEach(table -> deleteExpired(table, now));
    }

    /**
     * Applies the rule of one table as if it were {@code now}.
     *
     * @return how many rows were deleted; 0 when another instance is applying the same rule
     */
    public long deleteExpired(String table, Instant now) {
        RetentionRule expiring = rule(table);
        Period period = period(table);
        Timestamp before = Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(period).toInstant());
        String deleteBatch = "delete from %1$s where id in (select id from %1$s where %2$s limit ? for update skip locked)"
                .formatted(table, expiring.expiredBefore());
        Long deleted = rule.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtextextended(?, 0))",
                    Boolean.class, "werkmotor.retention." + table))) {
                return null;
            }
            long total = 0;
            int done;
            do {
                done = batch.execute(inner -> jdbc.update(deleteBatch, before, BATCH));
                total += done;
            } while (done == BATCH);
            return total;
        });
        if (deleted == null) {
            log.info("Retention of {}: another instance is applying it, skipped", table);
            return 0;
        }
        log.info("Retention of {} ({}): {} rows kept since before {} deleted", table, period, deleted, before.toInstant());
        return deleted;
    }

    /** How long this table's rows are kept: its setting, or the rule's default. */
    Period period(String table) {
        return periods.get(rule(table).table());
    }

    private RetentionRule rule(String table) {
        RetentionRule found = rules.get(table);
        if (found == null) {
            throw new IllegalArgumentException("No retention rule for table " + table + "; there are " + rules.keySet());
        }
        return found;
    }
}
