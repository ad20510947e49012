package nl.werkmotor.identity.internal;

import java.util.List;

import org.springframework.core.env.Environment;

import nl.werkmotor.platform.ProductionRequirement;

/** Production signs in through OIDC only (the demo accounts exist in development and tests). */
class OidcRequirement implements ProductionRequirement {

    private static final List<Setting> REQUIRED = List.of(
            new Setting("werkmotor.oidc.issuer-uri", "WERKMOTOR_OIDC_ISSUER_URI / werkmotor.oidc.issuer-uri"
                    + " (for example https://login.example.nl/realms/werkmotor)"),
            new Setting("werkmotor.oidc.client-id", "WERKMOTOR_OIDC_CLIENT_ID / werkmotor.oidc.client-id"),
            new Setting("werkmotor.oidc.client-secret", "WERKMOTOR_OIDC_CLIENT_SECRET / werkmotor.oidc.client-secret"));

    @Override
    public String need() {
        return "an OIDC provider for login";
    }

    @Override
    public List<String> missing(Environment environment) {
        return REQUIRED.stream().filter(setting -> environment.getProperty(setting.property(), "").isBlank())
                .map(Setting::operatorName).toList();
    }

    @Override
    public boolean present(Environment environment) {
        return !environment.getProperty("werkmotor.oidc.issuer-uri", "").isBlank();
    }

    /** A property, and how to name it to an operator: environment variable and property. */
    private record Setting(String property, String operatorName) {
    }
}
