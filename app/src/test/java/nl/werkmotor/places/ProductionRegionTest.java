package nl.werkmotor.places;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import nl.werkmotor.Werkmotor;
import nl.werkmotor.platform.MissingConfigurationException;
import nl.werkmotor.platform.StartupMode;

/** Production mode says which arbeidsmarktregio it serves: no default is right for every deployment. */
class ProductionRegionTest {

    @Test
    void refusesToStartWithoutTheRegion() {
        SpringApplication app = new SpringApplication(Werkmotor.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(StartupMode.PRODUCTION.profile());

        assertThatThrownBy(() -> app.run("--werkmotor.db.url=jdbc:postgresql://db.example:5432/werkmotor",
                "--werkmotor.oidc.issuer-uri=https://login.example.nl", "--werkmotor.oidc.client-id=werkmotor",
                "--werkmotor.oidc.client-secret=geheim"))
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("the arbeidsmarktregio it serves")
                .hasMessageContaining("WERKMOTOR_REGION")
                .hasMessageNotContaining("OIDC_ISSUER");
    }
}
