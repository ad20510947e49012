package nl.werkmotor.identity;

/**
 * The signed-in user as other modules see them.
 *
 * @param username the login name
 * @param name     the name to greet them with
 */
public record CurrentUser(String username, String name, Role role, Organisation organisation) {
}
