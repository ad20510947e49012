package nl.werkmotor.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import nl.werkmotor.Werkmotor;
import nl.werkmotor.platform.MissingConfigurationException;
import nl.werkmotor.platform.StartupMode;

/** Production mode signs in through OIDC only: without its settings it refuses to start, naming them. */
class ProductionLoginTest {

    @Test
    void refusesToStartWithoutTheOidcSettings() {
        SpringApplication app = new SpringApplication(Werkmotor.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(StartupMode.PRODUCTION.profile());

        assertThatThrownBy(() -> app.run("--werkmotor.db.url=jdbc:postgresql://db.example:5432/werkmotor",
                "--werkmotor.oidc.issuer-uri=", "--werkmotor.oidc.client-id=werkmotor"))
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("OIDC")
                .hasMessageContaining("WERKMOTOR_OIDC_ISSUER_URI")
                .hasMessageContaining("WERKMOTOR_OIDC_CLIENT_SECRET")
                .hasMessageNotContaining("WERKMOTOR_OIDC_CLIENT_ID")
                .hasMessageNotContaining("WERKMOTOR_DB_URL");
    }
}
