package nl.werkmotor.employers;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.EmployerDailyLimits.Activity;
import nl.werkmotor.vacancies.PublishVacancy;
import nl.werkmotor.vacancies.PublishingVacancy;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.vacancies.VacancyAuthor;

/** A vacancy published from the employer's pages or API: by the employer's own account, within its daily limit. */
@Component
class PublishingWithinLimit {

    private final PublishingVacancy publishing;
    private final EmployerDailyLimits limits;

    PublishingWithinLimit(PublishingVacancy publishing, EmployerDailyLimits limits) {
        this.publishing = publishing;
        this.limits = limits;
    }

    /**
     * @throws DailyLimitReached                       when the employer published as many today as it may
     * @throws nl.werkmotor.vacancies.VacancyRefused naming every problem; nothing is saved or counted then
     */
    Vacancy publish(PublishVacancy command) {
        return command.author().kind() == VacancyAuthor.Kind.EMPLOYER
                ? limits.within(command.employerId(), Activity.PUBLISH_VACANCY, () -> publishing.publish(command))
                : publishing.publish(command);
    }
}
