package nl.werkmotor.vacancies;

/** Replace the description of one of this employer's vacancies; {@code author} is kept as who last changed it. */
public record ChangeVacancy(long employerId, long vacancyId, VacancyDescription description, VacancyAuthor author) {
}
