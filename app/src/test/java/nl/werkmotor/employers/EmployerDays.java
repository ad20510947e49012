package nl.werkmotor.employers;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/** The days of an employer's daily limits, moved on for tests: what was today is yesterday, and so on. */
public final class EmployerDays {

    private EmployerDays() {
    }

    /** Every count of the employer one day back, oldest first (a day's row may not land on another's). */
    public static void aDayPasses(JdbcTemplate jdbc, long employerId) {
        for (LocalDate day : jdbc.queryForList("select distinct day from employer_daily_use where employer_id = ?"
                + " order by day", LocalDate.class, employerId)) {
            jdbc.update("update employer_daily_use set day = day - 1 where employer_id = ? and day = ?", employerId,
                    day);
        }
    }
}
