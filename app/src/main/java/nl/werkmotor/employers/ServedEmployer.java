package nl.werkmotor.employers;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.vacancies.VacancyAuthor;

/**
 * The employer whose vacancies the signed-in user may change: the employer's own, or one they advise
 * ({@link EmployerAdvisers}), and who they are as the author of the change. Reading an employer is wider (every
 * account manager of the region, who needs it to claim one); changing is this.
 */
@Component
class ServedEmployer {

    private final FindCurrentUser currentUser;
    private final CurrentEmployer currentEmployer;
    private final FindEmployers employers;
    private final ObjectProvider<EmployerAdvisers> advisers;

    ServedEmployer(FindCurrentUser currentUser, CurrentEmployer currentEmployer, FindEmployers employers,
                   ObjectProvider<EmployerAdvisers> advisers) {
        this.currentUser = currentUser;
        this.currentEmployer = currentEmployer;
        this.employers = employers;
        this.advisers = advisers;
    }

    /** The employer with this id, when it is the user's own or one they advise. */
    Optional<Employer> withId(long id) {
        return currentEmployer.get().filter(e -> e.id() == id).or(() -> advised(id));
    }

    /** The employer with this id, when the user advises it. */
    Optional<Employer> advised(long id) {
        EmployerAdvisers advising = advisers.getIfAvailable();
        return currentUser.current().filter(user -> advising != null && advising.advises(user, id))
                .flatMap(user -> employers.byId(id));
    }

    /**
     * The signed-in user as who enters or changes a vacancy of the employer found above: the employer themselves,
     * or else the account manager who advises it (nobody else gets that far).
     */
    VacancyAuthor author() {
        CurrentUser user = currentUser.current().orElseThrow();
        return new VacancyAuthor(user.username(), user.name(),
                user.role() == Role.WERKGEVER ? VacancyAuthor.Kind.EMPLOYER : VacancyAuthor.Kind.ACCOUNT_MANAGER);
    }
}
