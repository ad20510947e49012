package nl.werkmotor.vacancies;

/** Take one of this employer's vacancies down. */
public record WithdrawVacancy(long employerId, long vacancyId) {
}
