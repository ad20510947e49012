package nl.werkmotor.processinglog;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;

/**
 * Who processed the data: a signed-in user acting in a role for an organisation, or Werkmotor itself
 * (a command, a scheduled job), which has neither role nor organisation.
 *
 * @param username the login name; {@value #SYSTEM_USERNAME} for Werkmotor itself
 * @param name     the name the person reads, e.g. their case worker's
 * @param role     null for Werkmotor itself
 * @param organisation null for Werkmotor itself
 */
public record Actor(String username, String name, Role role, Organisation organisation) {

    public static final String SYSTEM_USERNAME = "systeem";
    public static final Actor SYSTEM = new Actor(SYSTEM_USERNAME, "Werkmotor", null, null);

    public static Actor of(CurrentUser user) {
        return new Actor(user.username(), user.name(), user.role(), user.organisation());
    }

    public boolean isSystem() {
        return role == null;
    }
}
