package nl.werkmotor.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import nl.werkmotor.Werkmotor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Production mode without a database refuses to start before anything runs, naming every missing setting. */
class ProductionStartTest {

    @Test
    void refusesToStartWithoutAConfiguredDatabase() {
        SpringApplication app = new SpringApplication(Werkmotor.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(StartupMode.PRODUCTION.profile());
        app.setDefaultProperties(Map.of("werkmotor.db.url", "", "werkmotor.db.data-dir", "target/never-created"));

        assertThatThrownBy(app::run)
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("WERKMOTOR_DB_URL")
                .hasMessageContaining("werkmotor.db.url")
                .hasMessageContaining("WERKMOTOR_DB_PASSWORD");
    }
}
