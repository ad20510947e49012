package nl.werkmotor.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Production mode is explicit and checks its configuration before anything starts (no web server,
 * no database pool): without a configured database, or without what the modules name as their
 * {@link ProductionRequirement}s (the OIDC login), it refuses, naming every missing setting.
 */
class ProductionReadiness implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!Arrays.asList(environment.getActiveProfiles()).contains(StartupMode.PRODUCTION.profile())) {
            return;
        }
        Lacking lacking = lacking(environment);
        if (!lacking.missing().isEmpty()) {
            throw new MissingConfigurationException("Production mode needs " + String.join(" and ", lacking.needs())
                    + ", and " + (lacking.needs().size() == 1 ? "it is" : "they are") + " not configured.",
                    lacking.missing());
        }
    }

    /** What production mode needs and the settings it misses for that in this environment; both empty when none. */
    record Lacking(List<String> needs, List<String> missing) {
    }

    static Lacking lacking(Environment environment) {
        List<String> needs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (environment.getProperty("werkmotor.db.url", "").isBlank()) {
            needs.add("a PostgreSQL database");
            missing.addAll(DatabaseProperties.REQUIRED_IN_PRODUCTION);
        }
        for (ProductionRequirement requirement : SpringFactoriesLoader.forDefaultResourceLocation(
                ProductionReadiness.class.getClassLoader()).load(ProductionRequirement.class)) {
            List<String> lacking = requirement.missing(environment);
            if (!lacking.isEmpty()) {
                needs.add(requirement.need());
                missing.addAll(lacking);
            }
        }
        return new Lacking(needs, missing);
    }

    @Override
    public int getOrder() {
        // After the config data listener (+10) has read application.yml and activated profiles,
        // before logging (+20) and anything else starts.
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }
}
