package nl.werkmotor.people;

import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;

/** Replaces everyone with the given people (streamed: a million cost no more memory than a thousand). */
@Component
public class LoadingPeople {

    private static final Table<Person> PERSON = new Table<>("""
            person (id, kind, first_name, last_name, birth_year, postcode4, target_groups, benefit, previous_occupations,
                min_hours, max_hours, travel_radius_km, sectors, motivation, availability, visibility, working_conditions,
                support_needs)""",
            (p, rows) -> {
                Preferences w = p.profile().preferences();
                rows.row(p.id(), p.kind(), p.firstName(), p.lastName(), p.birthYear(), p.postcode4(),
                        p.targetGroups().stream().sorted().toList(), p.benefit(), p.previousOccupations(),
                        w.minHours(), w.maxHours(), w.travelRadiusKm(), w.sectors().stream().sorted().toList(),
                        w.motivation(), w.availability(), w.visibility(), w.workingConditions().stream().sorted().toList(),
                        w.supportNeeds().stream().sorted().toList());
            });
    private static final Table<Person> SKILLS = new Table<>("person_skill (person_id, skill_uri, evidence)",
            (p, rows) -> p.profile().skills().forEach(s -> rows.row(p.id(), s.skillUri(), s.evidence())));
    /** Emptied with the people it belongs to, never filled: a loaded person has no history of changes yet. */
    private static final Table<Person> CHANGES = new Table<>("person_change (person_id)", (p, rows) -> {
    });

    private final BulkLoader loader;
    private final ApplicationEventPublisher events;

    LoadingPeople(BulkLoader loader, ApplicationEventPublisher events) {
        this.loader = loader;
        this.events = events;
    }

    /** @return how many people were loaded; publishes {@link PeopleReplaced} */
    public long replaceAll(Stream<Person> people) {
        long loaded = loader.replace(people, PERSON, SKILLS, CHANGES);
        events.publishEvent(new PeopleReplaced(loaded));
        return loaded;
    }
}
