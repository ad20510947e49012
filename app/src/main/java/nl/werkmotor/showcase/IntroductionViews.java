package nl.werkmotor.showcase;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.people.Person;
import nl.werkmotor.showcase.Introductions.Introduction;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/** Turns a stored introduction into what one viewer may see of it. */
@Component
class IntroductionViews {

    /** How the API and pages name who set an outcome, as {@code requestedBy} and {@code decidedBy} do. */
    private static final Map<String, String> OUTCOME_BY = Map.of("CASE_WORKER", "caseWorker", "WERKGEVER", "werkgever",
            "ACCOUNTMANAGER", "accountmanager");

    private final FindVacancies vacancies;
    private final ContactSharing sharing;
    private final ShowcaseAccess access;

    IntroductionViews(FindVacancies vacancies, ContactSharing sharing, ShowcaseAccess access) {
        this.vacancies = vacancies;
        this.sharing = sharing;
        this.access = access;
    }

    /**
     * @param withContact whether to show the name and contact details to this viewer, which happens only after a yes
     *                    and while the person shares them ({@link ContactSharing})
     */
    IntroductionView of(Introduction i, boolean withContact) {
        boolean accepted = i.status() == IntroductionStatus.ACCEPTED;
        Optional<Person> shared = accepted ? sharing.sharedBy(i) : Optional.empty();
        IntroductionView.Contact contact = withContact ? shared.map(p -> new IntroductionView.Contact(
                p.firstName() + " " + p.lastName(), i.email(), i.phone())).orElse(null) : null;
        return new IntroductionView(i.id(), i.vacancyId(),
                vacancies.byId(i.vacancyId()).map(Vacancy::title).orElse(""), i.employerId(),
                access.employerName(i.employerId()), i.candidate(), i.status(), i.message(),
                i.requestedRole().equals("ACCOUNTMANAGER") ? "accountmanager" : "werkgever", i.requestedName(),
                i.requestedAt(), i.decidedAs() == null ? null : i.decidedAs().equals("CASE_WORKER") ? "caseWorker" : "person",
                i.decidedAt(), i.outcome(), i.outcomeAs() == null ? null : OUTCOME_BY.get(i.outcomeAs()), i.outcomeAt(),
                contact, accepted ? shared.isPresent() : null, accepted ? i.consent() : null,
                accepted ? i.consentAt() : null);
    }
}
