package nl.werkmotor.savings;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;

/** The beleidsmedewerker behind the current request; anyone else is refused with 403. */
@Component
class SignedInPolicyAnalyst {

    private final FindCurrentUser users;

    SignedInPolicyAnalyst(FindCurrentUser users) {
        this.users = users;
    }

    PolicyAnalyst current() {
        return users.current().filter(user -> user.role() == Role.BELEIDSMEDEWERKER).map(PolicyAnalyst::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
