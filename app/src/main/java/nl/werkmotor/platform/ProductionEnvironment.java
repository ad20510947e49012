package nl.werkmotor.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this environment is set up as production is: a configured database and everything the modules
 * name as {@link ProductionRequirement}s (the OIDC login), the settings {@code werkmotor serve} refuses to
 * start without. A command runs with the server's settings, so this tells it that it would work on the
 * production database with real people's accounts, whatever profile the command itself runs under.
 */
@Component
public class ProductionEnvironment {

    private final Environment environment;

    ProductionEnvironment(Environment environment) {
        this.environment = environment;
    }

    public boolean configured() {
        return ProductionReadiness.lacking(environment).missing().isEmpty();
    }
}
