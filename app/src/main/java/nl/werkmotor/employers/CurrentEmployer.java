package nl.werkmotor.employers;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;

/**
 * The employer the signed-in recruiter works for: the one bound to their organisation. Everything an
 * employer's page or API call shows or changes is that employer's, so an id in a URL can never widen it.
 */
@Component
public class CurrentEmployer {

    private final FindCurrentUser currentUser;
    private final FindEmployers employers;

    CurrentEmployer(FindCurrentUser currentUser, FindEmployers employers) {
        this.currentUser = currentUser;
        this.employers = employers;
    }

    /** Empty for anyone but a signed-in employer whose organisation is bound to an employer. */
    public Optional<Employer> get() {
        return currentUser.current().filter(user -> user.role() == Role.WERKGEVER)
                .flatMap(user -> employers.byOrganisation(user.organisation().id()));
    }
}
