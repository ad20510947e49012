package nl.werkmotor.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.werkmotor.platform.RecentEvents;

/**
 * Slows down password guessing (ASVS 6.3.1): after too many failed logins for one username, or from one
 * client address, within the window, further attempts are refused, the right password included, until
 * the oldest failure has left the window. A successful login clears its username's failures; other users
 * are not affected. A browser returns to the login page, which says why; other clients get 429 with
 * Retry-After. Kept in memory ({@link RecentEvents}): a restart forgets, and each instance of a cluster
 * counts for itself.
 */
@Component
@EnableConfigurationProperties(LoginLimits.class)
class LoginThrottle {

    private final RecentEvents byUsername;
    private final RecentEvents byAddress;

    @Autowired
    LoginThrottle(LoginLimits limits) {
        this(limits, Clock.systemUTC());
    }

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.byUsername = new RecentEvents(limits.maxFailuresPerUsername(), limits.window(), clock);
        this.byAddress = new RecentEvents(limits.maxFailuresPerAddress(), limits.window(), clock);
    }

    /** For the security filter chain, before the login form is checked (not a bean: the servlet container would run it too late). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Duration wait = waitBefore(request.getParameter("username"), request.getRemoteAddr());
                if (wait.isZero()) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
                String accept = request.getHeader(HttpHeaders.ACCEPT);
                if (accept != null && accept.contains("text/html")) {
                    response.sendRedirect(request.getContextPath() + "/login?teVaak=" + wait.plusSeconds(59).toMinutes());
                } else {
                    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                }
            }
        };
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            byUsername.record(username(login.getName()));
            if (login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
                byAddress.record(web.getRemoteAddress());
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            byUsername.forget(username(login.getName()));
        }
    }

    /** How long until this username may try again from this address; zero when it may now. */
    Duration waitBefore(String username, String address) {
        Duration byName = username == null ? Duration.ZERO : byUsername.waitBefore(username(username));
        Duration byPlace = address == null ? Duration.ZERO : byAddress.waitBefore(address);
        return byName.compareTo(byPlace) >= 0 ? byName : byPlace;
    }

    private static String username(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
