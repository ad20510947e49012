package nl.werkmotor.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.EligibilityFacts;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The people in a case worker's caseload, and one of them by id: the only way this module reaches a person.
 * Whoever is shown to the case worker is written to their processing log.
 */
@Component
class FindCaseload {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
            .thenComparing(Person::firstName).thenComparingLong(Person::id);

    private final JdbcTemplate jdbc;
    private final FindPeople people;
    private final RecordingProcessing processing;

    FindCaseload(JdbcTemplate jdbc, FindPeople people, RecordingProcessing processing) {
        this.jdbc = jdbc;
        this.people = people;
        this.processing = processing;
    }

    /** How many people the caseload has: a count, no one's data. */
    int size(CaseWorker caseWorker) {
        Integer size = jdbc.queryForObject("select count(*) from caseload where case_worker = ? and organisation_id = ?",
                Integer.class, caseWorker.login(), caseWorker.organisationId());
        return size == null ? 0 : size;
    }

    /** A page of the people in the caseload who fit the filter, by last name; each shown is logged as read. */
    List<Person> of(CaseWorker caseWorker, CaseloadFilter filter, long offset, int limit) {
        List<Person> shown = personIds(caseWorker).stream().map(people::byId).flatMap(Optional::stream)
                .filter(filter::matches).sorted(BY_NAME).skip(offset).limit(limit).toList();
        processing.recordAll(shown.stream().map(Person::id).toList(), Operation.READ, ProcessingPurpose.GUIDANCE,
                new Message("Uw naam en situatie bekeken in het overzicht van uw klantmanager",
                        "Your name and situation viewed in your case worker's overview"));
        return shown;
    }

    /**
     * The person's whole profile, for the case worker to read: logged as read.
     *
     * @throws NotInCaseload when the person is in another caseload, in none, or does not exist
     */
    Person file(CaseWorker caseWorker, long personId, Message description) {
        Person person = member(caseWorker, personId);
        processing.record(personId, Operation.READ, ProcessingPurpose.GUIDANCE, description);
        return person;
    }

    /**
     * The facts the Toolbox reads about a person of the caseload, read with their file (whose read
     * {@link #file} logged, in the same request).
     *
     * @throws NotInCaseload when the person is in another caseload, in none, or does not exist
     */
    EligibilityFacts factsWithFile(CaseWorker caseWorker, long personId) {
        return (contains(caseWorker, personId) ? people.eligibilityFacts(personId) : Optional.<EligibilityFacts>empty())
                .orElseThrow(() -> new NotInCaseload(personId));
    }

    /**
     * The person, to check that a change is the case worker's to make (the change itself is logged).
     *
     * @throws NotInCaseload when the person is in another caseload, in none, or does not exist
     */
    Person member(CaseWorker caseWorker, long personId) {
        return (contains(caseWorker, personId) ? people.byId(personId) : Optional.<Person>empty())
                .orElseThrow(() -> new NotInCaseload(personId));
    }

    /** Who is in the caseload, by id only: nobody's data is read. */
    Set<Long> personIds(CaseWorker caseWorker) {
        return Set.copyOf(jdbc.queryForList("select person_id from caseload where case_worker = ? and organisation_id = ?",
                Long.class, caseWorker.login(), caseWorker.organisationId()));
    }

    boolean contains(CaseWorker caseWorker, long personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from caseload where person_id = ? and case_worker = ? and organisation_id = ?)""",
                Boolean.class, personId, caseWorker.login(), caseWorker.organisationId()));
    }
}
