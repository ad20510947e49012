package nl.werkmotor.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.EmployerAdvisers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The candidates for a vacancy that the signed-in professional may see, and under which name. A case worker:
 * the people of their own caseload who let partners find them, by id ({@link AccessToPerson}). An account
 * manager of the WSP: only for a vacancy of an employer they own ({@link EmployerAdvisers}), only the people
 * who let employers see them anonymously, each under the showcase's pseudonym for this vacancy
 * ({@link CandidatePseudonyms}), never an id. Anyone else, and an account manager at someone else's vacancy,
 * finds no such vacancy. Each person's consent is read again as stored now, as the showcase does: the index
 * may not have heard yet of a consent withdrawn a moment ago. Every person in the answer gets a record in their
 * processing log.
 */
@Component
class FindingCandidates {

    private final FindCurrentUser users;
    private final MatchingPeopleAndWork matching;
    private final FindPeople people;
    private final AccessToPerson access;
    private final ObjectProvider<EmployerAdvisers> advisers;
    private final ObjectProvider<CandidatePseudonyms> pseudonyms;
    private final RecordingProcessing recording;

    FindingCandidates(FindCurrentUser users, MatchingPeopleAndWork matching, FindPeople people, AccessToPerson access,
                      ObjectProvider<EmployerAdvisers> advisers, ObjectProvider<CandidatePseudonyms> pseudonyms,
                      RecordingProcessing recording) {
        this.users = users;
        this.matching = matching;
        this.people = people;
        this.access = access;
        this.advisers = advisers;
        this.pseudonyms = pseudonyms;
        this.recording = recording;
    }

    /**
     * @throws MatchSubjectNotFound for a vacancy that does not exist or is not the user's to ask about
     * @throws MatchRequestRefused  for a page size out of bounds
     */
    List<MatchResult> forVacancy(long vacancyId, Language language, int k) {
        CurrentUser user = users.current().orElseThrow(() -> notFound(vacancyId));
        Vacancy vacancy = matching.vacancy(vacancyId);
        return switch (user.role()) {
            case KLANTMANAGER -> forCaseWorker(vacancy, language, k);
            case ACCOUNTMANAGER -> forAccountManager(user, vacancy, language, k);
            default -> throw notFound(vacancyId);
        };
    }

    private List<MatchResult> forCaseWorker(Vacancy vacancy, Language language, int k) {
        Set<Long> caseload = access.people();
        List<MatchResult> found = new ArrayList<>();
        for (MatchResult result : matching.candidatesFor(vacancy.id(), caseload::contains, language, k)) {
            consenting(result, Visibility.PARTNERS, Visibility.EMPLOYERS_ANONYMOUS).ifPresent(p -> found.add(result));
        }
        recording.recordAll(found.stream().map(r -> Long.parseLong(r.id())).toList(), Operation.READ,
                ProcessingPurpose.MATCHING, new Message("Uw vaardigheden vergeleken met vacature " + vacancy.id(),
                        "Your skills compared with vacancy " + vacancy.id()));
        return found;
    }

    private List<MatchResult> forAccountManager(CurrentUser user, Vacancy vacancy, Language language, int k) {
        EmployerAdvisers advising = advisers.getIfAvailable();
        if (advising == null || !advising.advises(user, vacancy.employerId())) {
            throw notFound(vacancy.id());
        }
        CandidatePseudonyms names = pseudonyms.getIfAvailable();
        if (names == null) {
            return List.of();
        }
        List<Long> shown = new ArrayList<>();
        List<MatchResult> found = new ArrayList<>();
        for (MatchResult result : matching.anonymousCandidatesFor(vacancy.id(), language, k)) {
            consenting(result, Visibility.EMPLOYERS_ANONYMOUS).ifPresent(p -> {
                shown.add(p.id());
                found.add(new MatchResult(names.of(vacancy.id(), p.id()), null, null, result.score(),
                        result.explanation()));
            });
        }
        recording.recordAll(shown, Operation.READ, ProcessingPurpose.SHOWCASE, new Message(
                "Uw vaardigheden zonder uw naam vergeleken met vacature " + vacancy.id()
                        + ", voor een accountmanager van het WerkgeversServicePunt",
                "Your skills compared, without your name, with vacancy " + vacancy.id()
                        + ", for an employer adviser of the WerkgeversServicePunt"));
        return found;
    }

    /** The person of a result, if they still exist and their consent as stored now is one of these. */
    private Optional<Person> consenting(MatchResult result, Visibility... allowed) {
        return people.byId(Long.parseLong(result.id()))
                .filter(p -> List.of(allowed).contains(p.profile().preferences().visibility()));
    }

    private static MatchSubjectNotFound notFound(long vacancyId) {
        return new MatchSubjectNotFound("Er is geen vacature met id " + vacancyId,
                "There is no vacancy with id " + vacancyId);
    }
}
