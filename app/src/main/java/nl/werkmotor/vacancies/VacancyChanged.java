package nl.werkmotor.vacancies;

/** One vacancy was published or changed; whoever derives from vacancies updates that one. */
public record VacancyChanged(long vacancyId) {
}
