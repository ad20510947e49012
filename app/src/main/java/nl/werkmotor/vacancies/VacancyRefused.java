package nl.werkmotor.vacancies;

import java.util.List;

/** A vacancy that cannot be saved as described, with every problem at once; nothing was saved. */
public class VacancyRefused extends RuntimeException {

    private final List<Problem> problems;

    VacancyRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::en).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * @param field the field of {@link VacancyDescription} it is about, e.g. "minHours"
     * @param nl    what is wrong, in Dutch, for the person who fills in the form
     */
    public record Problem(String field, String nl, String en) {
    }
}
