package nl.werkmotor.people;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;

/** The profile of whoever is signed in: the person behind the login, if they have one yet. */
@Component
public class FindSignedInPerson {

    private final FindCurrentUser users;
    private final FindPeople people;

    FindSignedInPerson(FindCurrentUser users, FindPeople people) {
        this.users = users;
        this.people = people;
    }

    /** @throws AccessDeniedException when nobody is signed in (the security rules keep such requests out) */
    public CurrentUser user() {
        return users.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** Empty for a login without a profile yet (a first OIDC login, or after erasure). */
    public Optional<Person> person() {
        return people.byAccount(user().username());
    }

    /** The person changes their own profile. */
    public ChangeAuthor asAuthor() {
        return ChangeAuthor.person(user().username());
    }
}
