package nl.werkmotor.vacancies;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer (or an account manager for them) changes one of their own vacancies, and is kept as who last
 * changed it. Publishes {@link VacancyChanged}, so that matching updates this one vacancy without a rebuild.
 */
@Component
public class ChangingVacancy {

    private final CheckingVacancy checking;
    private final VacancyStore store;
    private final FindVacancies vacancies;
    private final ApplicationEventPublisher events;

    ChangingVacancy(CheckingVacancy checking, VacancyStore store, FindVacancies vacancies,
                    ApplicationEventPublisher events) {
        this.checking = checking;
        this.store = store;
        this.vacancies = vacancies;
        this.events = events;
    }

    /**
     * @throws VacancyNotFound when the employer has no such vacancy (another employer's included)
     * @throws VacancyRefused  naming every problem; nothing is saved then
     */
    @Transactional
    public Vacancy change(ChangeVacancy command) {
        ownVacancy(command.employerId(), command.vacancyId());
        checking.check(command.description());
        store.update(command.employerId(), command.vacancyId(), command.description(), command.author());
        events.publishEvent(new VacancyChanged(command.vacancyId()));
        return vacancies.byId(command.vacancyId()).orElseThrow();
    }

    private void ownVacancy(long employerId, long vacancyId) {
        if (vacancies.byId(vacancyId).filter(v -> v.employerId() == employerId).isEmpty()) {
            throw new VacancyNotFound(vacancyId);
        }
    }
}
