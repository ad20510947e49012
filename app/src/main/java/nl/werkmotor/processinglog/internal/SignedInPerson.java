package nl.werkmotor.processinglog.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.processinglog.FindPersonOfAccount;

/**
 * The person whose processing log the signed-in user may read: their own, and nobody else's. There is
 * no person id in the address to change, so a professional or an employer simply has no log to read.
 */
@Component
class SignedInPerson {

    private final FindCurrentUser currentUser;
    private final FindPersonOfAccount personOfAccount;

    SignedInPerson(FindCurrentUser currentUser, FindPersonOfAccount personOfAccount) {
        this.currentUser = currentUser;
        this.personOfAccount = personOfAccount;
    }

    Optional<Long> personId() {
        return currentUser.current().flatMap(user -> personOfAccount.personOf(user.username()));
    }
}
