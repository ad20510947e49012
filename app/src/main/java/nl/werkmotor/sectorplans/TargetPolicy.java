package nl.werkmotor.sectorplans;

import java.util.Optional;
import java.util.Set;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.web.ApiProblem.Message;

/** Targets are read by the region's professionals and set (added, changed) by the beleidsmedewerker and beheerder. */
public final class TargetPolicy {

    public static final Set<Role> SETTERS = Set.of(Role.BELEIDSMEDEWERKER, Role.BEHEERDER);

    private TargetPolicy() {
    }

    public static boolean maySet(CurrentUser user) {
        return whySetRefused(user).isEmpty();
    }

    public static Optional<Message> whySetRefused(CurrentUser user) {
        return SETTERS.contains(user.role()) ? Optional.empty() : Optional.of(new Message(
                "Doelen legt de beleidsmedewerker of de beheerder vast, zoals de partners ze afspraken.",
                "Targets are set by the policy analyst or the administrator, as the partners agreed them."));
    }
}
