package nl.werkmotor.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;

import nl.werkmotor.platform.ProductionRequirement;

/**
 * Production signs in through OIDC only (the demo accounts exist in development and tests), and its API takes
 * access tokens for an audience of its own: with the client id as the API's audience, the ID token of every
 * browser login would open the API too.
 */
class OidcRequirement implements ProductionRequirement {

    private static final String ISSUER = "werkmotor.oidc.issuer-uri";
    private static final List<Setting> REQUIRED = List.of(
            new Setting(ISSUER, "WERKMOTOR_OIDC_ISSUER_URI / werkmotor.oidc.issuer-uri"
                    + " (for example https://login.example.nl/realms/werkmotor)"),
            new Setting("werkmotor.oidc.client-id", "WERKMOTOR_OIDC_CLIENT_ID / werkmotor.oidc.client-id"),
            new Setting("werkmotor.oidc.client-secret", "WERKMOTOR_OIDC_CLIENT_SECRET / werkmotor.oidc.client-secret"));
    private static final String API_AUDIENCE = "WERKMOTOR_OIDC_API_AUDIENCE / werkmotor.oidc.api-audience"
            + " (the aud of the API's access tokens, for example werkmotor-api; not the client id, which is the"
            + " audience of ID tokens)";

    @Override
    public String need() {
        return "an OIDC provider for login and the API";
    }

    @Override
    public List<String> missing(Environment environment) {
        List<String> missing = new ArrayList<>(REQUIRED.stream()
                .filter(setting -> environment.getProperty(setting.property(), "").isBlank())
                .map(Setting::operatorName).toList());
        if (OidcProperties.ownAudience(environment.getProperty("werkmotor.oidc.api-audience"),
                environment.getProperty("werkmotor.oidc.client-id")).isEmpty()) {
            missing.add(API_AUDIENCE);
        }
        return missing;
    }

    @Override
    public boolean present(Environment environment) {
        return !environment.getProperty(ISSUER, "").isBlank();
    }

    /** A property, and how to name it to an operator: environment variable and property. */
    private record Setting(String property, String operatorName) {
    }
}
