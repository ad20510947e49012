package nl.werkmotor.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import nl.werkmotor.Werkmotor;
import nl.werkmotor.platform.MissingConfigurationException;
import nl.werkmotor.platform.StartupMode;

/** Production mode signs in through OIDC only: without its settings it refuses to start, naming them. */
class ProductionLoginTest {

    private static final String DATABASE = "--werkmotor.db.url=jdbc:postgresql://db.example:5432/werkmotor";

    @Test
    void refusesToStartWithoutTheOidcSettings() {
        SpringApplication app = production();

        assertThatThrownBy(() -> app.run(DATABASE, "--werkmotor.oidc.issuer-uri=", "--werkmotor.oidc.client-id=werkmotor"))
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("OIDC")
                .hasMessageContaining("WERKMOTOR_OIDC_ISSUER_URI")
                .hasMessageContaining("WERKMOTOR_OIDC_CLIENT_SECRET")
                .hasMessageNotContaining("WERKMOTOR_OIDC_CLIENT_ID")
                .hasMessageNotContaining("WERKMOTOR_DB_URL");
    }

    /** Item 7 of issue 12: the API took the client id as its audience, so every login's ID token opened it. */
    @Test
    void refusesToStartWithoutAnApiAudienceOfItsOwn() {
        SpringApplication app = production();
        String[] oidc = {DATABASE, "--werkmotor.oidc.issuer-uri=https://login.example.nl/realms/werkmotor",
                "--werkmotor.oidc.client-id=werkmotor", "--werkmotor.oidc.client-secret=geheim"};

        assertThatThrownBy(() -> app.run(oidc))
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("WERKMOTOR_OIDC_API_AUDIENCE / werkmotor.oidc.api-audience");
        assertThatThrownBy(() -> app.run(Stream.concat(Stream.of(oidc), Stream.of("--werkmotor.oidc.api-audience=werkmotor"))
                .toArray(String[]::new)))
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("WERKMOTOR_OIDC_API_AUDIENCE / werkmotor.oidc.api-audience")
                .hasMessageContaining("not the client id");
    }

    private static SpringApplication production() {
        SpringApplication app = new SpringApplication(Werkmotor.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(StartupMode.PRODUCTION.profile());
        return app;
    }
}
