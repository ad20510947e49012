package nl.werkmotor.identity.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login through an OpenID Connect provider, bound from {@code werkmotor.oidc.*} (environment:
 * {@code WERKMOTOR_OIDC_ISSUER_URI}, {@code WERKMOTOR_OIDC_CLIENT_ID}, ...). Unset issuer: no OIDC login
 * (development and tests sign in with the demo accounts; production refuses to start).
 *
 * @param audience          the {@code aud} an API bearer token must carry; the client id when unset
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
        String audience,
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

    String expectedAudience() {
        return audience == null || audience.isBlank() ? clientId : audience;
    }
}
