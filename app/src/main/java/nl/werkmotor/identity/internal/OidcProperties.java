package nl.werkmotor.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login through an OpenID Connect provider, bound from {@code werkmotor.oidc.*} (environment:
 * {@code WERKMOTOR_OIDC_ISSUER_URI}, {@code WERKMOTOR_OIDC_CLIENT_ID}, ...). Unset issuer: no OIDC login
 * (development and tests sign in with the demo accounts; production refuses to start).
 *
 * @param apiAudience       the {@code aud} an API bearer token must carry: the API's own, never the client id,
 *                          which is the audience of the browser login's ID tokens (those must not open the API)
 * @param apiRequireAtJwt   whether an API bearer token must be typed as an access token ({@code typ} header
 *                          {@code at+jwt}, RFC 9068); off only for a provider that cannot say so
 * @param usernameClaim     the claim that names the user for good (the login name other modules link to,
 *                          e.g. {@code person.account}); {@code sub} by default, as a username may change
 * @param roleClaim         the claim with the Werkmotor role, e.g. "klantmanager" (a string or a list)
 * @param organisationClaim the claim with the id of the organisation the user acts for
 * @param organisationRegionClaim the claim with the arbeidsmarktregio the organisation serves, e.g. "AM22"; an
 *                          account manager without it claims no employer
 */
@ConfigurationProperties("werkmotor.oidc")
record OidcProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        String apiAudience,
        @DefaultValue("true") boolean apiRequireAtJwt,
        @DefaultValue({"openid", "profile"}) List<String> scopes,
        @DefaultValue("sub") String usernameClaim,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("werkmotor_rol") String roleClaim,
        @DefaultValue("organisatie") String organisationClaim,
        @DefaultValue("organisatie_naam") String organisationNameClaim,
        @DefaultValue("organisatie_regio") String organisationRegionClaim) {

    boolean isConfigured() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** The API's audience, unless it is unset or the client id (then no bearer token opens the API). */
    Optional<String> apiAudienceOfItsOwn() {
        return ownAudience(apiAudience, clientId);
    }

    static Optional<String> ownAudience(String apiAudience, String clientId) {
        return apiAudience == null || apiAudience.isBlank() || apiAudience.strip().equals(clientId == null ? null : clientId.strip())
                ? Optional.empty() : Optional.of(apiAudience.strip());
    }
}
