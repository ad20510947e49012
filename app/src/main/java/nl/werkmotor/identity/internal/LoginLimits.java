package nl.werkmotor.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed password logins are allowed within {@code window}, per username and per client address,
 * bound from {@code werkmotor.login.*} (environment {@code WERKMOTOR_LOGIN_MAX_FAILURES_PER_USERNAME}, ...).
 */
@ConfigurationProperties("werkmotor.login")
record LoginLimits(
        @DefaultValue("5") int maxFailuresPerUsername,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {
}
