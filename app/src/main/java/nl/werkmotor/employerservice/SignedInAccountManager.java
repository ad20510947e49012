package nl.werkmotor.employerservice;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;

/** The account manager behind the current request; anyone else is refused with 403. */
@Component
class SignedInAccountManager {

    private final FindCurrentUser users;

    SignedInAccountManager(FindCurrentUser users) {
        this.users = users;
    }

    AccountManager current() {
        return users.current().filter(user -> user.role() == Role.ACCOUNTMANAGER)
                .map(user -> new AccountManager(user.username(), user.name(), user.organisation().id(),
                        user.organisation().regionCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
