package nl.werkmotor.toolbox;

/**
 * The facts of an employer the Toolbox's rules look at.
 *
 * @param inRegion whether the employer's address lies in the deployment's region; null unknown
 */
public record EmployerFacts(Boolean inRegion) {
}
