package nl.werkmotor.guidance;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;

/** The case worker behind the current request; anyone else (other roles, anonymous) is refused with 403. */
@Component
class SignedInCaseWorker {

    private final FindCurrentUser users;

    SignedInCaseWorker(FindCurrentUser users) {
        this.users = users;
    }

    CaseWorker current() {
        return users.current().filter(user -> user.role() == Role.KLANTMANAGER)
                .map(CaseWorker::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
