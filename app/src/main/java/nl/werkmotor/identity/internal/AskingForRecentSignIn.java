package nl.werkmotor.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A step that cannot be undone (erasing one's data) needs a recent sign-in (ASVS 7.5.3): whoever finds a
 * signed-in browser must not be able to take it. Older than
 * {@code werkmotor.session.recent-sign-in}, the browser is sent to the login page ({@code ?opnieuw}), and after
 * signing in again back to the page it asked for; a form posted meanwhile goes back to its page first, erasing
 * nothing. When someone signed in: with a password (the demo accounts), the moment Spring Security notes with
 * the password check; through OIDC, the ID token's {@code auth_time} (when they last authenticated at the
 * provider, which a single sign-on may keep from hours earlier; ASVS 6.8.4), else its {@code iat}; the login page's provider
 * link then asks the provider to authenticate afresh ({@code prompt=login}, {@code max_age}). A bearer token
 * counts only with a recent {@code auth_time}.
 */
@Component
class AskingForRecentSignIn {

    private final SessionLimits limits;
    private final Clock clock;
    /** The chain's own cache keeps its request in the same session attribute, where the login finds it. */
    private final RequestCache requests = new HttpSessionRequestCache();

    @Autowired
    AskingForRecentSignIn(SessionLimits limits) {
        this(limits, Clock.systemUTC());
    }

    AskingForRecentSignIn(SessionLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** For the security filter chain, after the role checks; {@code again} is the login page asking to sign in again. */
    OncePerRequestFilter filter(RequestMatcher steps, String again) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !steps.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (recent(SecurityContextHolder.getContext().getAuthentication())) {
                    chain.doFilter(request, response);
                } else if ("GET".equals(request.getMethod())) {
                    requests.saveRequest(request, response);
                    response.sendRedirect(request.getContextPath() + again);
                } else {
                    response.sendRedirect(request.getRequestURI());
                }
            }
        };
    }

    boolean recent(Authentication authentication) {
        return signedInAt(authentication)
                .filter(at -> clock.instant().isBefore(at.plus(limits.recentSignIn())))
                .isPresent();
    }

    private static Optional<Instant> signedInAt(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            OidcIdToken token = oidc.getIdToken();
            return Optional.ofNullable(token.getAuthenticatedAt() != null ? token.getAuthenticatedAt() : token.getIssuedAt());
        }
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return Optional.ofNullable(bearer.getToken().getClaimAsInstant("auth_time"));
        }
        return authentication.getAuthorities().stream()
                .filter(authority -> authority instanceof FactorGrantedAuthority factor
                        && FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(factor.getAuthority()))
                .map(authority -> ((FactorGrantedAuthority) authority).getIssuedAt())
                .findFirst();
    }
}
