package nl.werkmotor.vacancies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer (or an account manager for them) publishes a vacancy described by its tasks and skills.
 * Keeps who entered it. Publishes {@link VacancyChanged}, so that matching takes in this one vacancy without a
 * rebuild.
 */
@Component
public class PublishingVacancy {

    private final CheckingVacancy checking;
    private final VacancyStore store;
    private final FindVacancies vacancies;
    private final ApplicationEventPublisher events;

    PublishingVacancy(CheckingVacancy checking, VacancyStore store, FindVacancies vacancies,
                      ApplicationEventPublisher events) {
        this.checking = checking;
        this.store = store;
        this.vacancies = vacancies;
        this.events = events;
    }

    /** @throws VacancyRefused naming every problem; nothing is saved then */
    @Transactional
    public Vacancy publish(PublishVacancy command) {
        checking.check(command.description());
        long id = store.insert(command.employerId(), command.description(), command.author());
        events.publishEvent(new VacancyChanged(id));
        return vacancies.byId(id).orElseThrow();
    }
}
