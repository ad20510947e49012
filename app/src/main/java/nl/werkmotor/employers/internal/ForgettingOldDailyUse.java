package nl.werkmotor.employers.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, forgets the employers' daily counts older than a month: the limits need today's, the WSP's
 * notices the last week's.
 */
@Component
@ConditionalOnWebApplication // the server runs it; a command starts and ends before any night comes
@EnableScheduling
class ForgettingOldDailyUse {

    private final JdbcTemplate jdbc;

    ForgettingOldDailyUse(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 20 3 * * *")
    void nightly() {
        jdbc.update("delete from employer_daily_use where day < (now() at time zone 'Europe/Amsterdam')::date - 31");
    }
}
