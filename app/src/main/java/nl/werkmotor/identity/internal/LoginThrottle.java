package nl.werkmotor.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

/**
 * Slows down password guessing (ASVS 6.3.1): after too many failed logins for one username, or from one
 * client address, within the window, further attempts are refused, the right password included, until
 * the oldest failure has left the window. A successful login clears its username's failures; other users
 * are not affected. A browser returns to the login page, which says why; other clients get 429 with
 * Retry-After. Kept in memory: a restart forgets, and each instance of a cluster counts for itself.
 */
@Component
@EnableConfigurationProperties(LoginLimits.class)
class LoginThrottle {

    /** Beyond this many remembered names and addresses, those without a recent failure are forgotten first. */
    private static final int MAX_KEYS = 10_000;

    private final LoginLimits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(LoginLimits limits) {
        this(limits, Clock.systemUTC());
    }

    LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
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
            Instant now = clock.instant();
            record(byUsername(login.getName()), now);
            if (login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
                record(byAddress(web.getRemoteAddress()), now);
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            failures.remove(byUsername(login.getName()));
        }
    }

    /** How long until this username may try again from this address; zero when it may now. */
    Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration byName = username == null ? Duration.ZERO : wait(byUsername(username), limits.maxFailuresPerUsername(), now);
        Duration byPlace = address == null ? Duration.ZERO : wait(byAddress(address), limits.maxFailuresPerAddress(), now);
        return byName.compareTo(byPlace) >= 0 ? byName : byPlace;
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            forgetOld(times, now);
            return times.size() < max ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(limits.window()));
        }
    }

    private void record(String key, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
        }
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(limits.window()).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String byUsername(String username) {
        return "username:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String byAddress(String address) {
        return "address:" + address;
    }
}
