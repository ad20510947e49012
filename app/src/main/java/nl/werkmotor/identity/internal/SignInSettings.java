package nl.werkmotor.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/** What the public sign-in API needs to know of this module's insides: which logins exist, what a token says. */
@Component
public class SignInSettings {

    public static final String REGISTRATION = OidcConfiguration.REGISTRATION;

    private final boolean demoAccounts;
    private final OidcProperties oidc;
    private final TokenClaims claims;

    private final LoginThrottle throttle;
    private final ObjectProvider<ClientRegistrationRepository> provider;
    private final SessionLimits limits;
    private final EndingLongSessions longSessions;
    private final AskingForRecentSignIn recentSignIn;

    SignInSettings(ObjectProvider<DemoAccounts> demoAccounts, OidcProperties oidc, TokenClaims claims,
            LoginThrottle throttle, ObjectProvider<ClientRegistrationRepository> provider, SessionLimits limits,
            EndingLongSessions longSessions, AskingForRecentSignIn recentSignIn) {
        this.demoAccounts = demoAccounts.getIfAvailable() != null;
        this.oidc = oidc;
        this.claims = claims;
        this.throttle = throttle;
        this.provider = provider;
        this.limits = limits;
        this.longSessions = longSessions;
        this.recentSignIn = recentSignIn;
    }

    /** Refuses password logins for a while after too many failures for the username or from the address. */
    public Filter loginThrottle() {
        return throttle.filter();
    }

    public boolean demoAccounts() {
        return demoAccounts;
    }

    public boolean oidc() {
        return oidc.isConfigured();
    }

    /** Logging out of a provider login ends the session at the provider too ({@link ProviderLogout}). */
    public LogoutSuccessHandler providerLogout(String localLogoutPage) {
        return new ProviderLogout(provider.getObject(), localLogoutPage);
    }

    /**
     * The provider's login; when the login page asks to sign in again ({@code again} among the parameters), the
     * provider is asked to authenticate afresh ({@code prompt=login}) and to say when it did ({@code max_age},
     * which makes {@code auth_time} required in the ID token).
     */
    public OAuth2AuthorizationRequestResolver authorizationRequests(String again) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                provider.getObject(), OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return afresh(request, resolver.resolve(request));
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return afresh(request, resolver.resolve(request, registrationId));
            }

            private OAuth2AuthorizationRequest afresh(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
                if (authorization == null || request.getParameter(again) == null) {
                    return authorization;
                }
                return OAuth2AuthorizationRequest.from(authorization).additionalParameters(parameters -> {
                    parameters.put("prompt", "login");
                    parameters.put("max_age", String.valueOf(limits.recentSignIn().toSeconds()));
                }).build();
            }
        };
    }

    /** Notes when someone signed in, for the session's lifetime. */
    public SessionAuthenticationStrategy signingIn() {
        return longSessions.signingIn();
    }

    /** Ends a session whose lifetime since signing in has passed, however active it was. */
    public Filter endingLongSessions() {
        return longSessions.filter();
    }

    /** Sends someone whose sign-in is not recent to the login page ({@code again}) before these steps. */
    public Filter askingForRecentSignIn(RequestMatcher steps, String again) {
        return recentSignIn.filter(steps, again);
    }

    /** The provider's logout address as a CSP source ({@code https://login.example.nl}), if it has one. */
    public Optional<String> providerLogoutOrigin() {
        if (!oidc()) {
            return Optional.empty();
        }
        return Optional.ofNullable(provider.getObject().findByRegistrationId(REGISTRATION).getProviderDetails()
                        .getConfigurationMetadata().get("end_session_endpoint"))
                .map(endpoint -> URI.create(endpoint.toString()))
                .map(endpoint -> endpoint.getScheme() + "://" + endpoint.getRawAuthority());
    }

    /** An API caller with a valid token: with the role its claims give, or none at all (then every role's API refuses). */
    public AbstractAuthenticationToken bearer(Jwt token) {
        return claims.user(token.getClaims()).<AbstractAuthenticationToken>map(user -> new BearerAccount(token, user))
                .orElseGet(() -> new JwtAuthenticationToken(token, List.of()));
    }

    /** Whether a browser login failed because the provider gave no role of ours. */
    public boolean noRole(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException oauth
                && OidcConfiguration.NO_ROLE.equals(oauth.getError().getErrorCode());
    }
}
