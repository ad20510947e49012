package nl.werkmotor.showcase;

import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.CurrentEmployer;
import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.EmployerAdvisers;
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
 * vacancies only, an account manager (WSP) those of the employers they own in the portfolio (asked through
 * the employers module's port {@link EmployerAdvisers}), a person their own introductions,
 * a case worker those of the people they guide (deciding only for those who let them).
 */
@Component
class ShowcaseAccess {

    private final FindCurrentUser currentUser;
    private final CurrentEmployer currentEmployer;
    private final FindEmployers employers;
    private final FindVacancies vacancies;
    private final FindPeople people;
    private final ObjectProvider<FindGuidedPeople> guided;
    private final ObjectProvider<EmployerAdvisers> advisers;

    ShowcaseAccess(FindCurrentUser currentUser, CurrentEmployer currentEmployer, FindEmployers employers,
                   FindVacancies vacancies, FindPeople people, ObjectProvider<FindGuidedPeople> guided,
                   ObjectProvider<EmployerAdvisers> advisers) {
        this.currentUser = currentUser;
        this.currentEmployer = currentEmployer;
        this.employers = employers;
        this.vacancies = vacancies;
        this.people = people;
        this.guided = guided;
        this.advisers = advisers;
    }

    CurrentUser user() {
        return currentUser.current().orElseThrow(() -> new IllegalStateException("The showcase needs a signed-in user"));
    }

    /** @throws ShowcaseNotFound unless the user may search candidates for this vacancy */
    Vacancy vacancy(long vacancyId) {
        Optional<Vacancy> vacancy = vacancies.byId(vacancyId);
        CurrentUser user = user();
        if (user.role() == Role.WERKGEVER) {
            Optional<Long> own = currentEmployer.get().map(Employer::id);
            vacancy = vacancy.filter(v -> own.isPresent() && v.employerId() == own.get());
        } else {
            vacancy = vacancy.filter(v -> advises(user, v.employerId()));
        }
        return vacancy.orElseThrow(() -> ShowcaseNotFound.vacancy(vacancyId));
    }

    /** Whether the user acts for the employer now (owns it in the portfolio, in its region); never without a portfolio. */
    boolean advises(CurrentUser user, long employerId) {
        EmployerAdvisers advising = advisers.getIfAvailable();
        return advising != null && advising.advises(user, employerId);
    }

    /** The person the signed-in user is, if they are a job seeker with a profile. */
    Optional<Person> person() {
        return currentUser.current().filter(u -> u.role() == Role.WERKZOEKENDE)
                .flatMap(u -> people.byAccount(u.username()));
    }

    /** Whether the user is a case worker who guides this person; never without a caseload to say so. */
    boolean guides(CurrentUser user, long personId) {
        FindGuidedPeople caseloads = guided.getIfAvailable();
        return user.role() == Role.KLANTMANAGER && caseloads != null && caseloads.guides(user, personId);
    }

    /** The people the user guides as their case worker; none without a caseload to say so. */
    Set<Long> guidedBy(CurrentUser user) {
        FindGuidedPeople caseloads = guided.getIfAvailable();
        return user.role() == Role.KLANTMANAGER && caseloads != null ? caseloads.guidedBy(user) : Set.of();
    }

    Optional<Employer> ownEmployer() {
        return currentEmployer.get();
    }

    String employerName(long employerId) {
        return employers.byId(employerId).map(Employer::name).orElse("");
    }
}
