package nl.werkmotor.employers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one employer's own account may do a day: {@code werkmotor.employer-limits.*} (environment
 * {@code WERKMOTOR_EMPLOYER_VACANCIES_PER_DAY}, {@code WERKMOTOR_EMPLOYER_SHOWCASE_VIEWS_PER_DAY}).
 * docs/privacy.md says what the limits bound and why these defaults.
 */
@ConfigurationProperties("werkmotor.employer-limits")
public record DailyLimitSettings(@DefaultValue("10") int vacanciesPerDay, @DefaultValue("60") int showcaseViewsPerDay) {

    public DailyLimitSettings {
        if (vacanciesPerDay < 1 || showcaseViewsPerDay < 1) {
            throw new IllegalArgumentException("werkmotor.employer-limits: each limit is at least 1 a day");
        }
    }
}
