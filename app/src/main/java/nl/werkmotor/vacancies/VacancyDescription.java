package nl.werkmotor.vacancies;

import java.util.List;

/**
 * A vacancy as its employer describes it, in the intake form or the API; checked by {@link PublishingVacancy}
 * and {@link ChangingVacancy} before anything is saved. Numbers are boxed: a missing one is a problem to name.
 *
 * @param text               the vacancy text (tasks, in the employer's words) the skills were read from
 * @param occupationUri      the ESCO occupation the work is an instance of
 * @param requirements       the confirmed skills, each essential or optional
 * @param postcode4          where the work is
 * @param suitsBanenafspraak whether it suits someone of the banenafspraak target group; null is no
 */
public record VacancyDescription(String title, String text, String occupationUri, List<SkillRequirement> requirements,
                                 Integer minHours, Integer maxHours, String postcode4, Boolean suitsBanenafspraak) {

    public static final int MAX_TITLE = 200;
    /** As long as a text the taxonomy's text recognition reads. */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_SKILLS = 60;
    /** Hours a week: a full-time week in the Netherlands is 36 to 40 hours; more than 60 is not allowed by law. */
    public static final int MAX_HOURS = 60;

    public VacancyDescription {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        suitsBanenafspraak = Boolean.TRUE.equals(suitsBanenafspraak); // not said is no
    }
}
