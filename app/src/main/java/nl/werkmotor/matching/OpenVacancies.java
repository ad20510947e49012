package nl.werkmotor.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@link FindingOpenVacancies}: the vacancies, oldest first, and what the count rests on.
 *
 * @param publishedBefore  the vacancies published before this day count (today less {@link FindingOpenVacancies#WEEKS} weeks)
 * @param countedAt        when the candidates were counted (now: the count is made per request)
 * @param withoutDate      vacancies left out because they have no publication date (loaded in bulk)
 * @param tookMillis       how long the count took
 */
public record OpenVacancies(List<OpenVacancy> vacancies, LocalDate today, LocalDate publishedBefore,
                            Instant countedAt, long withoutDate, long tookMillis) {

    public OpenVacancies {
        vacancies = List.copyOf(vacancies);
    }
}
