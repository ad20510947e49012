package nl.werkmotor.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;

/** The beleidsmedewerker behind the current request, who writes and reads their organisation's steering advice. */
@Component
class SteeringAnalyst {

    /** Who: login, name, organisation. */
    record Analyst(String login, String name, String organisationId, String organisationName) {
    }

    private final FindCurrentUser users;

    SteeringAnalyst(FindCurrentUser users) {
        this.users = users;
    }

    /** @throws ResponseStatusException 403 for anyone but a beleidsmedewerker */
    Analyst current() {
        return users.current().filter(u -> u.role() == Role.BELEIDSMEDEWERKER)
                .map(u -> new Analyst(u.username(), u.name(), u.organisation().id(), u.organisation().name()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
