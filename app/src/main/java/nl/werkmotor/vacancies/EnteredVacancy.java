package nl.werkmotor.vacancies;

import java.time.Instant;

/** A vacancy with when it was entered, which is when it was published (it is published on entry). */
public record EnteredVacancy(Vacancy vacancy, Instant enteredAt) {
}
