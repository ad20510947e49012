package nl.werkmotor.employers;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.employers.internal.DailyLimitSettings;

/**
 * How much an employer's own account may do a day: publish vacancies, and look at the showcase of its vacancies.
 * Each vacancy is a place and a set of skills to test the anonymous candidates against, each look shows them again
 * (docs/privacy.md, "What an employer can learn from the showcase"); a day's limit bounds how fast an employer can
 * probe. Counted in the database, so every replica counts the same day (Dutch time). Above the limit the request
 * is refused with nothing done; the first refusal of a day writes a warning for operators, and the WSP's account
 * managers see every refusal of the last days in their portfolio ({@link #overLimitSince}). An account manager
 * acting for an employer is not counted: they are the WSP's staff, and answer for what they do.
 */
@Component
@EnableConfigurationProperties(DailyLimitSettings.class)
public class EmployerDailyLimits {

    private static final Logger log = LoggerFactory.getLogger(EmployerDailyLimits.class);
    private static final String TODAY = "(now() at time zone 'Europe/Amsterdam')::date";

    public enum Activity { PUBLISH_VACANCY, VIEW_SHOWCASE }

    /** A day on which an employer's account was refused above a limit, and how often. */
    public record OverLimit(long employerId, LocalDate day, Activity activity, int limit, int refused) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DailyLimitSettings settings;

    EmployerDailyLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, DailyLimitSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    public int limit(Activity activity) {
        return switch (activity) {
            case PUBLISH_VACANCY -> settings.vacanciesPerDay();
            case VIEW_SHOWCASE -> settings.showcaseViewsPerDay();
        };
    }

    /**
     * Counts the activity and does it, in one transaction: when the action fails it is not counted. Above the limit
     * the action is not done, and only the refusal is counted. Call it outside a transaction: a caller's would take
     * the refusal's count back with it.
     *
     * @throws DailyLimitReached when the employer did it as often as the day's limit already
     */
    public <T> T within(long employerId, Activity activity, Supplier<T> action) {
        int limit = limit(activity);
        Outcome<T> outcome = transaction.execute(status -> {
            // the row stays locked to the commit, so that two requests at once count one after the other
            boolean counted = !jdbc.queryForList("""
                    insert into employer_daily_use (employer_id, day, activity, used) values (?, %s, ?, 1)
                    on conflict (employer_id, day, activity) do update set used = employer_daily_use.used + 1
                        where employer_daily_use.used < ?
                    returning used""".formatted(TODAY), Integer.class, employerId, activity.name(), limit).isEmpty();
            if (!counted) {
                return new Outcome<T>(null, jdbc.queryForObject("""
                        update employer_daily_use set refused = refused + 1, last_refused_at = now()
                        where employer_id = ? and day = %s and activity = ? returning refused""".formatted(TODAY),
                        Integer.class, employerId, activity.name()));
            }
            return new Outcome<>(action.get(), 0);
        });
        if (outcome.refused() > 0) {
            if (outcome.refused() == 1) { // once a day per employer and activity: a script retrying floods nothing
                log.atWarn().addKeyValue("werkmotor.employer.id", employerId)
                        .addKeyValue("werkmotor.limit.activity", activity.name())
                        .addKeyValue("werkmotor.limit.per_day", limit)
                        .log("Employer {} went over its daily limit of {} for {}; refused (the WSP sees it in its"
                                + " portfolio)", employerId, limit, activity);
            }
            throw new DailyLimitReached(activity, limit);
        }
        return outcome.value();
    }

    /** What {@link #within} did: the action's value, or how often the employer was refused today (then above 0). */
    private record Outcome<T>(T value, int refused) {
    }

    /** Every employer and day since {@code from} (Dutch days) on which an employer's account was refused. */
    public List<OverLimit> overLimitSince(LocalDate from) {
        return jdbc.query("""
                select employer_id, day, activity, refused from employer_daily_use where day >= ? and refused > 0
                order by day desc, employer_id, activity""", (rs, i) -> {
            Activity activity = Activity.valueOf(rs.getString(3));
            return new OverLimit(rs.getLong(1), rs.getObject(2, LocalDate.class), activity, limit(activity),
                    rs.getInt(4));
        }, Date.valueOf(from));
    }
}
