package nl.werkmotor.matching;

import java.util.List;
import java.util.function.LongPredicate;

import org.springframework.stereotype.Component;

import nl.werkmotor.matching.internal.Checks;
import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/**
 * Two-way matching: the people who fit a vacancy, the vacancies that fit a person. Hard filters
 * (travel distance, region, hours, availability, consent) first, then ranking, each result with its
 * explanation. The person and the vacancy are read as they are now, so an edit counts at once.
 */
@Component
public class MatchingPeopleAndWork {

    private final MatchingIndex index;
    private final FindPeople people;
    private final FindVacancies vacancies;

    MatchingPeopleAndWork(MatchingIndex index, FindPeople people, FindVacancies vacancies) {
        this.index = index;
        this.people = people;
        this.vacancies = vacancies;
    }

    /**
     * Candidates (ids only) among the people who let partner professionals find them and {@code among} accepts:
     * the caller says whose ids it may give out (a case worker's caseload, {@link FindingCandidates}).
     */
    public List<MatchResult> candidatesFor(long vacancyId, LongPredicate among, Language language, int k) {
        MatchWorld world = index.world();
        new Checks(world).k("pageSize", k).verify();
        return world.candidatesFor(vacancy(vacancyId), among, language, k);
    }

    /**
     * Anonymous candidates (ids only) among the people who chose to be seen by employers
     * ({@code EMPLOYERS_ANONYMOUS}): never anyone who chose private or partners only.
     */
    public List<MatchResult> anonymousCandidatesFor(long vacancyId, Language language, int k) {
        MatchWorld world = index.world();
        new Checks(world).k("pageSize", k).verify();
        return world.anonymousCandidatesFor(vacancy(vacancyId), language, k);
    }

    public List<MatchResult> vacanciesFor(long personId, Language language, int k) {
        MatchWorld world = index.world();
        new Checks(world).k("pageSize", k).verify();
        return world.vacanciesFor(person(personId), language, k,
                id -> vacancies.byId(id).map(Vacancy::title).orElse(""));
    }

    Person person(long id) {
        return people.byId(id).orElseThrow(() -> new MatchSubjectNotFound("Er is geen persoon met id " + id,
                "There is no person with id " + id));
    }

    Vacancy vacancy(long id) {
        return vacancies.byId(id).orElseThrow(() -> new MatchSubjectNotFound("Er is geen vacature met id " + id,
                "There is no vacancy with id " + id));
    }
}
