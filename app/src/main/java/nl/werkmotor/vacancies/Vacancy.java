package nl.werkmotor.vacancies;

import java.util.List;

/**
 * Work an employer offers.
 *
 * @param occupationUri      the ESCO occupation it is an instance of
 * @param postcode4          where the work is
 * @param suitsBanenafspraak whether it suits someone of the banenafspraak target group (quota jobs)
 */
public record Vacancy(
        long id,
        long employerId,
        String occupationUri,
        String title,
        List<SkillRequirement> requirements,
        int minHours,
        int maxHours,
        String postcode4,
        boolean suitsBanenafspraak) {

    public Vacancy {
        requirements = List.copyOf(requirements);
    }
}
