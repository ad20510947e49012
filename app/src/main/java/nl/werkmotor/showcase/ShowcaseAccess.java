package nl.werkmotor.showcase;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.CurrentEmployer;
import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/**
 * Who may see what of the showcase, decided here for pages and API alike: an employer their own
 * vacancies only, an account manager (WSP) every vacancy of the region, a person their own introductions.
 */
@Component
class ShowcaseAccess {

    private final FindCurrentUser currentUser;
    private final CurrentEmployer currentEmployer;
    private final FindEmployers employers;
    private final FindVacancies vacancies;
    private final FindPeople people;

    ShowcaseAccess(FindCurrentUser currentUser, CurrentEmployer currentEmployer, FindEmployers employers,
                   FindVacancies vacancies, FindPeople people) {
        this.currentUser = currentUser;
        this.currentEmployer = currentEmployer;
        this.employers = employers;
        this.vacancies = vacancies;
        this.people = people;
    }

    CurrentUser user() {
        return currentUser.current().orElseThrow(() -> new IllegalStateException("The showcase needs a signed-in user"));
    }

    /** @throws ShowcaseNotFound unless the user may search candidates for this vacancy */
    Vacancy vacancy(long vacancyId) {
        Optional<Vacancy> vacancy = vacancies.byId(vacancyId);
        Role role = user().role();
        if (role == Role.WERKGEVER) {
            Optional<Long> own = currentEmployer.get().map(Employer::id);
            vacancy = vacancy.filter(v -> own.isPresent() && v.employerId() == own.get());
        } else if (role != Role.ACCOUNTMANAGER) {
            vacancy = Optional.empty();
        }
        return vacancy.orElseThrow(() -> ShowcaseNotFound.vacancy(vacancyId));
    }

    /** The person the signed-in user is, if they are a job seeker with a profile. */
    Optional<Person> person() {
        return currentUser.current().filter(u -> u.role() == Role.WERKZOEKENDE)
                .flatMap(u -> people.byAccount(u.username()));
    }

    Optional<Employer> ownEmployer() {
        return currentEmployer.get();
    }

    String employerName(long employerId) {
        return employers.byId(employerId).map(Employer::name).orElse("");
    }
}
