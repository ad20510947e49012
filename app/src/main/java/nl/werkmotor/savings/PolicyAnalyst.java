package nl.werkmotor.savings;

import nl.werkmotor.identity.CurrentUser;

/** Who works with the calculator: a beleidsmedewerker, for their organisation. */
record PolicyAnalyst(String login, String name, String organisationId, String organisationName) {

    static PolicyAnalyst of(CurrentUser user) {
        return new PolicyAnalyst(user.username(), user.name(), user.organisation().id(), user.organisation().name());
    }
}
