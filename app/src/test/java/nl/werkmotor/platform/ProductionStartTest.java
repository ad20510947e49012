package nl.werkmotor.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;

import nl.werkmotor.Werkmotor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Production mode without a database refuses to start before anything runs, naming every missing setting; and
 * production and development are kept apart: production refuses the development profiles (the demo accounts),
 * development refuses a configured database.
 */
class ProductionStartTest {

    /** Settings an operator might take for production's, without a database that exists (nothing may connect). */
    private static final String[] PRODUCTIONS = {"--werkmotor.db.url=jdbc:postgresql://db.example:5432/werkmotor",
            "--werkmotor.oidc.issuer-uri=https://login.example.nl/realms/werkmotor", "--werkmotor.oidc.client-id=werkmotor",
            "--werkmotor.oidc.client-secret=geheim", "--werkmotor.oidc.api-audience=werkmotor-api"};

    @Test
    void refusesToStartWithoutAConfiguredDatabase() {
        SpringApplication app = started(StartupMode.PRODUCTION);
        app.setDefaultProperties(Map.of("werkmotor.db.url", "", "werkmotor.db.data-dir", "target/never-created"));

        assertThatThrownBy(app::run)
                .isInstanceOf(MissingConfigurationException.class)
                .hasMessageContaining("WERKMOTOR_DB_URL")
                .hasMessageContaining("werkmotor.db.url")
                .hasMessageContaining("WERKMOTOR_DB_PASSWORD");
    }

    static Stream<Arguments> developmentProfiles() {
        return Stream.of(
                Arguments.of(Map.of("SPRING_PROFILES_ACTIVE", "dev"), new String[0], "SPRING_PROFILES_ACTIVE", "now: dev"),
                Arguments.of(Map.of(), new String[] {"--spring.profiles.active=test"}, "--spring.profiles.active", "now: test"),
                Arguments.of(Map.of("SPRING_PROFILES_INCLUDE", "metrics,dev"), new String[0], "SPRING_PROFILES_INCLUDE",
                        "now: metrics,dev"));
    }

    /** Item 6 of issue 12: {@code serve} with SPRING_PROFILES_ACTIVE=dev added the demo accounts beside OIDC. */
    @ParameterizedTest
    @MethodSource("developmentProfiles")
    void productionRefusesTheDevelopmentProfilesNamingTheSetting(Map<String, Object> variables, String[] arguments,
            String setting, String value) {
        SpringApplication app = started(StartupMode.PRODUCTION);
        app.setEnvironment(withEnvironmentVariables(variables));

        assertThatThrownBy(() -> app.run(Stream.concat(Stream.of(PRODUCTIONS), Stream.of(arguments)).toArray(String[]::new)))
                .isInstanceOf(RefusedConfigurationException.class)
                .hasMessageContaining("Production mode refuses the")
                .hasMessageContaining("demo accounts")
                .hasMessageContaining(setting)
                .hasMessageContaining(value);
    }

    /** Item 6 of issue 12: {@code serve --dev} pointed at a configured (production's) database was accepted. */
    @Test
    void developmentRefusesAConfiguredDatabase() {
        SpringApplication app = started(StartupMode.DEV);

        assertThatThrownBy(() -> app.run(PRODUCTIONS))
                .isInstanceOf(RefusedConfigurationException.class)
                .hasMessageContaining("Development mode")
                .hasMessageContaining("WERKMOTOR_DB_URL / werkmotor.db.url");
    }

    /** The application as {@code werkmotor serve} starts it in this mode, without the web server. */
    private static SpringApplication started(StartupMode mode) {
        SpringApplication app = new SpringApplication(Werkmotor.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(mode.profile());
        return app;
    }

    /** The process's environment variables replaced by these, as an operator would have set them. */
    private static StandardEnvironment withEnvironmentVariables(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
