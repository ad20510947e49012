package nl.werkmotor.vacancies;

import java.util.stream.Stream;

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

    LoadingVacancies(BulkLoader loader) {
        this.loader = loader;
    }

    /** @return how many vacancies were loaded */
    public long replaceAll(Stream<Vacancy> vacancies) {
        return loader.replace(vacancies, VACANCY, SKILLS);
    }
}
