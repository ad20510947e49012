package nl.werkmotor.web;

import java.util.Optional;
import java.util.Set;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;

/**
 * A link in the main navigation. A module declares one as a bean for each page it wants in the menu;
 * the layout shows them by {@code order}.
 *
 * @param path     the local path, e.g. "/beroepen"
 * @param labelKey the message key of its text (messages.properties and messages_en.properties)
 * @param order    lower comes first; the home page is 0
 * @param roles    who sees it: signed-in users in one of these roles; empty for everyone, signed in or not
 */
public record NavigationLink(String path, String labelKey, int order, Set<Role> roles) {

    public NavigationLink {
        roles = Set.copyOf(roles);
    }

    /** A link for everyone. */
    public NavigationLink(String path, String labelKey, int order) {
        this(path, labelKey, order, Set.of());
    }

    boolean shownTo(Optional<CurrentUser> user) {
        return roles.isEmpty() || user.filter(u -> roles.contains(u.role())).isPresent();
    }
}
