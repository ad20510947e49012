package nl.werkmotor.vacancies;

/** Every vacancy was replaced at once; whoever derives from vacancies reloads. */
public record VacanciesReplaced(long vacancies) {
}
