package nl.werkmotor.people;

import java.util.List;

/** A profile change that is not saved, naming every problem at once, in Dutch and English. */
public class ProfileChangeRefused extends RuntimeException {

    private final transient List<Problem> problems;

    public ProfileChangeRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::en).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param field the field at fault, as the API and the forms name it, e.g. "maxHours" */
    public record Problem(String field, String nl, String en) {
    }
}
