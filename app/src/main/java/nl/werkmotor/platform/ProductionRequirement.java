package nl.werkmotor.platform;

import java.util.List;

import org.springframework.core.env.Environment;

/**
 * Something production mode cannot start without. A module names its own in
 * {@code META-INF/spring.factories}; production mode refuses to start while any is missing, naming every
 * missing setting at once. Checked before anything starts, so an implementation reads the environment
 * only (it is no bean).
 */
public interface ProductionRequirement {

    /** What is needed, e.g. "an OIDC provider for login". */
    String need();

    /** The missing (or unusable) settings in all their spellings; empty when configured. */
    List<String> missing(Environment environment);

    /**
     * Whether this environment sets it up at all, complete or not (an OIDC issuer is named): with a configured
     * database such settings are production's, whatever they still lack ({@link ProductionEnvironment}).
     */
    boolean present(Environment environment);
}
