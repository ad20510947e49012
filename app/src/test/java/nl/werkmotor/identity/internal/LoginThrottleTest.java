package nl.werkmotor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.werkmotor.platform.MovingClock;

/** Failed password logins per username and per address, forgotten after the window or a successful login. */
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginLimits(3, 5, Duration.ofMinutes(15)), clock);

    @Test
    void aUsernameIsRefusedAfterItsFailuresUntilTheFirstLeavesTheWindow() {
        fail("Klantmanager", "10.0.0.1");
        clock.advance(Duration.ofSeconds(60));
        fail("klantmanager", "10.0.0.2");
        fail("klantmanager ", "10.0.0.3");

        assertThat(throttle.waitBefore("klantmanager", "10.0.0.4")).isEqualTo(Duration.ofMinutes(14));
        assertThat(throttle.waitBefore("opleider", "10.0.0.4")).isZero();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.waitBefore("klantmanager", "10.0.0.4")).isZero();
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresWhateverTheUsername() {
        for (String username : List.of("a", "b", "c", "d", "e")) {
            fail(username, "10.0.0.9");
        }

        assertThat(throttle.waitBefore("f", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("f", "10.0.0.10")).isZero();
    }

    @Test
    void aSuccessfulLoginClearsItsUsernamesFailures() {
        fail("werkgever", "10.0.0.1");
        fail("werkgever", "10.0.0.1");
        throttle.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("werkgever",
                null, List.of())));
        fail("werkgever", "10.0.0.1");

        assertThat(throttle.waitBefore("werkgever", null)).isZero();
    }

    private void fail(String username, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "geheim");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
    }
}
