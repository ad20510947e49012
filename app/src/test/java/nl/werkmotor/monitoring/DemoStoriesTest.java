package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo stories and advice exist in development and tests only: production never seeds them. */
class DemoStoriesTest {

    private final ApplicationContextRunner monitoring = new ApplicationContextRunner()
            .withUserConfiguration(DemoStories.class);

    @Test
    void productionHasNoDemoStories() {
        monitoring.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoStories.class));
    }

    @Test
    void productionWithADevelopmentProfileHasNoDemoStoriesEither() {
        monitoring.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod", "dev"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoStories.class));
    }

    @Test
    void theLastFullQuarterIsTheOneBeforeTodays() {
        assertThat(DemoStories.lastFullQuarter(java.time.LocalDate.of(2026, 12, 8)))
                .isEqualTo(java.time.YearMonth.of(2026, 7));
        assertThat(DemoStories.lastFullQuarter(java.time.LocalDate.of(2026, 1, 1)))
                .isEqualTo(java.time.YearMonth.of(2025, 10));
    }
}
