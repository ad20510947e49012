package nl.werkmotor.people;

import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;

/** Replaces everyone with the given people (streamed: a million cost no more memory than a thousand). */
@Component
public class LoadingPeople {

    /**
     * A person to load with their eligibility facts (of the same person: id, birth year, target groups and
     * benefit are the person's).
     */
    public record PersonWithFacts(Person person, EligibilityFacts facts) {

        public PersonWithFacts {
            if (facts.personId() != person.id() || facts.birthYear() != person.birthYear()
                    || !facts.targetGroups().equals(person.targetGroups()) || facts.benefit() != person.benefit()) {
                throw new IllegalArgumentException("The facts of person " + facts.personId() + " are not of person "
                        + person.id() + " as they are");
            }
        }
    }

    private static final Table<PersonWithFacts> PERSON = new Table<>("""
            person (id, kind, first_name, last_name, birth_year, postcode4, target_groups, benefit, previous_occupations,
                min_hours, max_hours, travel_radius_km, sectors, motivation, availability, visibility, working_conditions,
                support_needs, birth_date, benefit_since, work_limitation, loonwaarde)""",
            (loaded, rows) -> {
                Person p = loaded.person();
                EligibilityFacts f = loaded.facts();
                Preferences w = p.profile().preferences();
                rows.row(p.id(), p.kind(), p.firstName(), p.lastName(), p.birthYear(), p.postcode4(),
                        p.targetGroups().stream().sorted().map(TargetGroup::code).toList(), p.benefit(),
                        p.previousOccupations(), w.minHours(), w.maxHours(), w.travelRadiusKm(),
                        w.sectors().stream().sorted().toList(), w.motivation(), w.availability(), w.visibility(),
                        w.workingConditions().stream().sorted().toList(), w.supportNeeds().stream().sorted().toList(),
                        f.birthDate(), f.benefitSince(), f.workLimitation(), f.loonwaardePercentage());
            });
    private static final Table<PersonWithFacts> SKILLS = new Table<>("person_skill (person_id, skill_uri, evidence)",
            (loaded, rows) -> loaded.person().profile().skills()
                    .forEach(s -> rows.row(loaded.person().id(), s.skillUri(), s.evidence())));
    /** Emptied with the people it belongs to, never filled: a loaded person has no history of changes yet. */
    private static final Table<PersonWithFacts> CHANGES = new Table<>("person_change (person_id)", (p, rows) -> {
    });

    private final BulkLoader loader;
    private final ApplicationEventPublisher events;

    LoadingPeople(BulkLoader loader, ApplicationEventPublisher events) {
        this.loader = loader;
        this.events = events;
    }

    /**
     * People of whom no more is known than their record: no birth date, benefit start, work limitation or
     * loonwaarde.
     *
     * @return how many people were loaded; publishes {@link PeopleReplaced}
     */
    public long replaceAll(Stream<Person> people) {
        return replaceAllWithFacts(people.map(p -> new PersonWithFacts(p, EligibilityFacts.of(p))));
    }

    /**
     * Every target group a person names must be in the list ({@link FindTargetGroups}), or nothing is loaded.
     *
     * @return how many people were loaded; publishes {@link PeopleReplaced}
     */
    public long replaceAllWithFacts(Stream<PersonWithFacts> people) {
        long loaded = loader.replace(people, PERSON, SKILLS, CHANGES);
        events.publishEvent(new PeopleReplaced(loaded));
        return loaded;
    }
}
