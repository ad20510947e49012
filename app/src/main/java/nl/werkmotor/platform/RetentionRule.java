package nl.werkmotor.platform;

import java.time.Period;
import java.util.Objects;

/**
 * How long a module keeps the rows of one of its own tables: a bean of the module that owns the table, which
 * {@link DeletingExpiredRows} applies every night.
 *
 * @param table           the module's own table, with an {@code id} column
 * @param setting         the setting that gives the period, e.g. {@code werkmotor.retention.notes} (environment
 *                        {@code WERKMOTOR_RETENTION_NOTES}): an ISO-8601 period such as {@code P2Y}
 * @param defaultPeriod   the period without that setting; docs/privacy.md says why each is what it is
 * @param expiredBefore   which rows have been kept long enough: a condition on {@code table} with one parameter,
 *                        the cut-off moment (now minus the period), e.g. {@code "written_at < ?"}
 */
public record RetentionRule(String table, String setting, Period defaultPeriod, String expiredBefore) {

    public RetentionRule {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(expiredBefore, "expiredBefore");
        requirePositive(setting, defaultPeriod);
    }

    static Period requirePositive(String setting, Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(setting + " must be a positive period such as P2Y, not " + period);
        }
        return period;
    }
}
