package nl.werkmotor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Events per key in a sliding window: admitted up to the most, then a wait until the oldest leaves. */
class RecentEventsTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final RecentEvents requests = new RecentEvents(3, Duration.ofMinutes(1), clock);

    @Test
    void aKeyIsAdmittedUpToTheMostThenWaitsUntilItsOldestEventLeavesTheWindow() {
        assertThat(requests.admit("10.0.0.1")).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(requests.admit("10.0.0.1")).isZero();
        assertThat(requests.admit("10.0.0.1")).isZero();

        assertThat(requests.admit("10.0.0.1")).isEqualTo(Duration.ofSeconds(50));
        assertThat(requests.admit("10.0.0.2")).as("another key").isZero();
        clock.advance(Duration.ofSeconds(50));
        assertThat(requests.admit("10.0.0.1")).as("the first has left the window").isZero();
        assertThat(requests.admit("10.0.0.1")).as("the next two have not").isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void recordingCountsEvenWhenTheKeyMustWaitAndForgettingClearsIt() {
        for (int i = 0; i < 5; i++) {
            requests.record("klantmanager");
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(requests.waitBefore("klantmanager")).as("until the third latest leaves").isEqualTo(Duration.ofSeconds(57));
        requests.forget("klantmanager");
        assertThat(requests.waitBefore("klantmanager")).isZero();
    }

    @Test
    void keysWithoutRecentEventsAreForgottenWhenThereAreTooMany() {
        for (int i = 0; i < RecentEvents.MAX_KEYS; i++) {
            requests.record("old-" + i);
        }
        clock.advance(Duration.ofSeconds(61));

        for (int i = 0; i < 3; i++) {
            assertThat(requests.admit("new")).isZero();
        }
        assertThat(requests.admit("new")).as("the old keys went, the new one counts").isEqualTo(Duration.ofMinutes(1));
        assertThat(requests.waitBefore("old-1")).isZero();
    }
}
