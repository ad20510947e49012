package nl.werkmotor.monitoring;

import java.util.EnumSet;
import java.util.Set;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;

/**
 * Who writes stories: a klantmanager or accountmanager who knows the placement, or a beleidsmedewerker writing down
 * what partners tell. Their pages are under {@link #base()}.
 */
record StoryWriter(String login, String name, Role role, String organisationId, String organisationName) {

    static final Set<Role> ROLES = EnumSet.of(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER);

    static StoryWriter of(CurrentUser user) {
        return new StoryWriter(user.username(), user.name(), user.role(), user.organisation().id(),
                user.organisation().name());
    }

    boolean analyst() {
        return role == Role.BELEIDSMEDEWERKER;
    }

    /** The writer's pages: the beleidsmedewerker's under /monitoring, the professionals' under /verhalen. */
    String base() {
        return analyst() ? "/monitoring/verhalen" : "/verhalen";
    }
}
