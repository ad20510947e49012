package nl.werkmotor.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;

/** The people in a case worker's caseload, and one of them by id: the only way this module reaches a person. */
@Component
class FindCaseload {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
            .thenComparing(Person::firstName).thenComparingLong(Person::id);

    private final JdbcTemplate jdbc;
    private final FindPeople people;

    FindCaseload(JdbcTemplate jdbc, FindPeople people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Everyone in the caseload who fits the filter, by last name. */
    List<Person> of(CaseWorker caseWorker, CaseloadFilter filter) {
        return jdbc.queryForList("select person_id from caseload where case_worker = ? and organisation_id = ?",
                        Long.class, caseWorker.login(), caseWorker.organisationId()).stream()
                .map(people::byId).flatMap(Optional::stream).filter(filter::matches).sorted(BY_NAME).toList();
    }

    /** @throws NotInCaseload when the person is in another caseload, in none, or does not exist */
    Person member(CaseWorker caseWorker, long personId) {
        return (contains(caseWorker, personId) ? people.byId(personId) : Optional.<Person>empty())
                .orElseThrow(() -> new NotInCaseload(personId));
    }

    boolean contains(CaseWorker caseWorker, long personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from caseload where person_id = ? and case_worker = ? and organisation_id = ?)""",
                Boolean.class, personId, caseWorker.login(), caseWorker.organisationId()));
    }
}
