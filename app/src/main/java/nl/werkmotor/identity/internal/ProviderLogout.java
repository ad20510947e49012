package nl.werkmotor.identity.internal;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Logging out of a provider login also ends the session at the provider (OIDC RP-Initiated Logout 1.0, through
 * its {@code end_session_endpoint}), which sends the browser back to the home page: otherwise the next
 * "Inloggen via uw organisatie" would sign the same person in again without asking, a risk on a shared computer.
 * The request names this client ({@code client_id}) and the way back, not the ID token: Spring Security's
 * {@code OidcClientInitiatedLogoutSuccessHandler} sends it as {@code id_token_hint} in the URL, where the
 * provider's and the proxies' access logs and the browser history keep it. Without the hint a provider may ask
 * the person to confirm (Keycloak does), which also keeps another site from logging them out. A demo account's
 * logout, or a provider without that endpoint, ends on the local logout page.
 */
final class ProviderLogout extends SimpleUrlLogoutSuccessHandler {

    private final ClientRegistrationRepository registrations;

    ProviderLogout(ClientRegistrationRepository registrations, String localLogoutPage) {
        this.registrations = registrations;
        setDefaultTargetUrl(localLogoutPage);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken login) {
            ClientRegistration registration = registrations.findByRegistrationId(login.getAuthorizedClientRegistrationId());
            Object endpoint = registration == null ? null
                    : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endpoint != null) {
                return UriComponentsBuilder.fromUriString(endpoint.toString())
                        .queryParam("client_id", registration.getClientId())
                        .queryParam("post_logout_redirect_uri", home(request))
                        .encode(StandardCharsets.UTF_8).build().toUriString();
            }
        }
        return super.determineTargetUrl(request, response);
    }

    /** The home page as the browser reaches it (behind a proxy: the forwarded address). */
    private static String home(HttpServletRequest request) {
        return UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath() + "/").replaceQuery(null).fragment(null).build().toUriString();
    }
}
