package nl.werkmotor.vacancies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An employer takes one of their vacancies down. Publishes {@link VacancyRemoved}: matching forgets it. */
@Component
public class WithdrawingVacancy {

    private final VacancyStore store;
    private final ApplicationEventPublisher events;

    WithdrawingVacancy(VacancyStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** @throws VacancyNotFound when the employer has no such vacancy (another employer's included) */
    @Transactional
    public void withdraw(WithdrawVacancy command) {
        if (!store.delete(command.employerId(), command.vacancyId())) {
            throw new VacancyNotFound(command.vacancyId());
        }
        events.publishEvent(new VacancyRemoved(command.vacancyId()));
    }
}
