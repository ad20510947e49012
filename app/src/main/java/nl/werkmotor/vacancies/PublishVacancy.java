package nl.werkmotor.vacancies;

/** Publish a new vacancy of this employer, entered by {@code author}. */
public record PublishVacancy(long employerId, VacancyDescription description, VacancyAuthor author) {
}
