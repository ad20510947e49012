package nl.werkmotor.employers;

import java.util.List;

/** A profile change that cannot be saved as given, with every problem at once; nothing was saved. */
public class EmployerProfileRefused extends RuntimeException {

    private final List<Problem> problems;

    EmployerProfileRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::en).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param field "sector", "size" or "postcode4" */
    public record Problem(String field, String nl, String en) {
    }
}
