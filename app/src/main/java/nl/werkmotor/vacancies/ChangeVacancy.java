package nl.werkmotor.vacancies;

/** Replace the description of one of this employer's vacancies. */
public record ChangeVacancy(long employerId, long vacancyId, VacancyDescription description) {
}
