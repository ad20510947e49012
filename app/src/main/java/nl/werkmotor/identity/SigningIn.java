package nl.werkmotor.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.internal.SignInSettings;

/**
 * How people sign in, for the web shell's security filter chain: with a demo account on the login form
 * (development and tests; repeated failures are refused for a while), and with the organisation's OIDC
 * provider when one is configured, in the browser (authorization code; logging out ends the provider's
 * session too) and on the API (access tokens for the API's own audience, never ID tokens). How long a session
 * lasts, and which steps need a recent sign-in.
 * Either way {@link FindCurrentUser} tells the same {@link CurrentUser}.
 */
@Component
public class SigningIn {

    /**
     * The login page; it shows why a sign-in failed with {@code ?error}, {@code ?teVaak} (too many failures),
     * {@code ?geenRol} or {@code ?oidcFout}.
     */
    public static final String LOGIN_PAGE = "/login";
    /** The login page's parameter that asks to sign in again, as a step that cannot be undone needs a recent sign-in. */
    public static final String AGAIN = "opnieuw";

    private final SignInSettings settings;

    SigningIn(SignInSettings settings) {
        this.settings = settings;
    }

    /** Whether the login form takes a username and password (the demo accounts). */
    public boolean withPassword() {
        return settings.demoAccounts();
    }

    /**
     * Where the browser starts an OIDC login, if one is configured; {@code again}: asking the provider to
     * authenticate afresh, even within its single sign-on.
     */
    public Optional<String> providerLogin(boolean again) {
        return settings.oidc()
                ? Optional.of("/oauth2/authorization/" + SignInSettings.REGISTRATION + (again ? "?" + AGAIN : ""))
                : Optional.empty();
    }

    /**
     * Where a form may send the browser besides our own pages: the OIDC provider's logout, to which the answer
     * to the logout form redirects (a content security policy's {@code form-action} covers redirects too).
     */
    public Optional<String> providerLogoutOrigin() {
        return settings.providerLogoutOrigin();
    }

    /**
     * Adds the login methods to the filter chain. {@code api} requests answer 401 and 403 themselves (the
     * web shell writes the problem+json); pages send an anonymous visitor to the login page. Every session ends
     * at the latest {@code werkmotor.session.lifetime} after signing in; the {@code irreversible} steps need a
     * sign-in of the last minutes, otherwise the browser goes to the login page ({@link #AGAIN}) first.
     */
    public void configure(HttpSecurity http, RequestMatcher api, RequestMatcher irreversible) throws Exception {
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(settings.signingIn()))
                .addFilterAfter(settings.endingLongSessions(), SecurityContextHolderFilter.class)
                .addFilterAfter(settings.askingForRecentSignIn(irreversible, LOGIN_PAGE + "?" + AGAIN),
                        AuthorizationFilter.class);
        if (withPassword()) {
            http.formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
                    .addFilterBefore(settings.loginThrottle(), UsernamePasswordAuthenticationFilter.class);
        }
        if (settings.oidc()) {
            AuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
            BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                            .authorizationEndpoint(authorization -> authorization
                                    .authorizationRequestResolver(settings.authorizationRequests(AGAIN)))
                            .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                    + LOGIN_PAGE + (settings.noRole(e) ? "?geenRol" : "?oidcFout"))))
                    .logout(logout -> logout.logoutSuccessHandler(settings.providerLogout(LOGIN_PAGE + "?logout")))
                    .oauth2ResourceServer(tokens -> tokens
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(settings::bearer))
                            .authenticationEntryPoint((request, response, e) -> {
                                if (api.matches(request)) {
                                    bearer.commence(request, response, e); // WWW-Authenticate says why
                                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                                } else {
                                    toLogin.commence(request, response, e);
                                }
                            })
                            .accessDeniedHandler((request, response, e) -> {
                                denied.handle(request, response, e);
                                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                            }));
        }
    }
}
