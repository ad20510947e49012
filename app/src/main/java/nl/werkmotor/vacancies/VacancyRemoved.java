package nl.werkmotor.vacancies;

/** One vacancy was withdrawn; whoever derives from vacancies forgets it. */
public record VacancyRemoved(long vacancyId) {
}
