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

    /** The missing settings in all their spellings; empty when configured. */
    List<String> missing(Environment environment);
}
