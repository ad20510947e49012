package nl.werkmotor.platform;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Production mode is explicit and checks its configuration before anything starts (no web server,
 * no database pool): without a configured database it refuses, naming every missing setting.
 */
class ProductionReadiness implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains(StartupMode.PRODUCTION.profile());
        if (production && environment.getProperty("werkmotor.db.url", "").isBlank()) {
            throw new MissingConfigurationException(
                    "Production mode needs a PostgreSQL database, and none is configured.",
                    DatabaseProperties.REQUIRED_IN_PRODUCTION);
        }
    }

    @Override
    public int getOrder() {
        // After the config data listener (+10) has read application.yml and activated profiles,
        // before logging (+20) and anything else starts.
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }
}
