package nl.werkmotor.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once its lifetime has passed since signing in, however active it was (ASVS 7.3.2):
 * the idle timeout alone lets a session that is used every few minutes live on for good, on a shared computer
 * too. The moment of signing in is kept in the session; a signed-in session without it ends as well. The request
 * goes on as an anonymous one, as after the idle timeout: a page asks to sign in again.
 */
@Component
@EnableConfigurationProperties(SessionLimits.class)
class EndingLongSessions {

    private static final String SIGNED_IN_AT = EndingLongSessions.class.getName() + ".signedInAt";

    private final SessionLimits limits;
    private final Clock clock;

    @Autowired
    EndingLongSessions(SessionLimits limits) {
        this(limits, Clock.systemUTC());
    }

    EndingLongSessions(SessionLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Notes the moment of every sign-in, with a password or through the provider. */
    SessionAuthenticationStrategy signingIn() {
        return (authentication, request, response) -> request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    /** For the security filter chain, right after the session's sign-in is read. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && signedIn(SecurityContextHolder.getContext().getAuthentication())
                        && !current(session.getAttribute(SIGNED_IN_AT))) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
                chain.doFilter(request, response);
            }
        };
    }

    boolean current(Object signedInAt) {
        return signedInAt instanceof Instant at && clock.instant().isBefore(at.plus(limits.lifetime()));
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
