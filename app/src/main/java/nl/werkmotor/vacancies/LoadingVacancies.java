package nl.werkmotor.vacancies;

import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;

/** Replaces all vacancies with the given ones (streamed). */
@Component
public class LoadingVacancies {

    private static final Table<Vacancy> VACANCY = new Table<>("""
            vacancy (id, employer_id, occupation_uri, title, min_hours, max_hours, postcode4, suits_banenafspraak)""",
            (v, rows) -> rows.row(v.id(), v.employerId(), v.occupationUri(), v.title(), v.minHours(), v.maxHours(),
                    v.postcode4(), v.suitsBanenafspraak()));
    private static final Table<Vacancy> SKILLS = new Table<>("vacancy_skill (vacancy_id, skill_uri, importance)",
            (v, rows) -> v.requirements().forEach(r -> rows.row(v.id(), r.skillUri(), r.importance())));

    private final BulkLoader loader;
    private final ApplicationEventPublisher events;

    LoadingVacancies(BulkLoader loader, ApplicationEventPublisher events) {
        this.loader = loader;
        this.events = events;
    }

    /** @return how many vacancies were loaded; publishes {@link VacanciesReplaced} */
    public long replaceAll(Stream<Vacancy> vacancies) {
        long loaded = loader.replace(vacancies, VACANCY, SKILLS);
        events.publishEvent(new VacanciesReplaced(loaded));
        return loaded;
    }
}
