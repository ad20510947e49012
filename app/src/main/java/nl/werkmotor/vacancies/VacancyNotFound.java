package nl.werkmotor.vacancies;

/**
 * No such vacancy for this employer. Another employer's vacancy is "not found" too: whether it exists is
 * none of the asker's business.
 */
public class VacancyNotFound extends RuntimeException {

    public VacancyNotFound(long vacancyId) {
        super("No vacancy " + vacancyId + " of this employer");
    }
}
