package nl.werkmotor.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may last, bound from {@code werkmotor.session.*} (environment
 * {@code WERKMOTOR_SESSION_LIFETIME}, {@code WERKMOTOR_SESSION_RECENT_SIGN_IN}). The idle timeout is the
 * servlet container's ({@code server.servlet.session.timeout}).
 *
 * @param lifetime     the most a session lasts after signing in, however active it is
 * @param recentSignIn how recent the sign-in must be for a step that cannot be undone (erasing one's data)
 */
@ConfigurationProperties("werkmotor.session")
record SessionLimits(@DefaultValue("8h") Duration lifetime, @DefaultValue("5m") Duration recentSignIn) {
}
