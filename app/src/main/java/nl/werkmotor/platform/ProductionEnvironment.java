package nl.werkmotor.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this environment is set up as production is: a configured database and what the modules name as
 * {@link ProductionRequirement}s (the OIDC login), complete or not. A command runs with the server's settings,
 * so this tells it that it would work on the production database with real people's accounts, whatever profile
 * the command itself runs under.
 */
@Component
public class ProductionEnvironment {

    private final Environment environment;

    ProductionEnvironment(Environment environment) {
        this.environment = environment;
    }

    public boolean configured() {
        return ProductionReadiness.productions(environment);
    }

    /** Whether a database is configured ({@code WERKMOTOR_DB_URL}): not the embedded one of development and tests. */
    public boolean databaseConfigured() {
        return ProductionReadiness.databaseConfigured(environment);
    }
}
