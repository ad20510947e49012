package nl.werkmotor.vacancies;

/** Publish a new vacancy of this employer. */
public record PublishVacancy(long employerId, VacancyDescription description) {
}
