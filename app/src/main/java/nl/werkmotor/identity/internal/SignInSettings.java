package nl.werkmotor.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
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

    SignInSettings(ObjectProvider<DemoAccounts> demoAccounts, OidcProperties oidc, TokenClaims claims,
            LoginThrottle throttle, ObjectProvider<ClientRegistrationRepository> provider) {
        this.demoAccounts = demoAccounts.getIfAvailable() != null;
        this.oidc = oidc;
        this.claims = claims;
        this.throttle = throttle;
        this.provider = provider;
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
