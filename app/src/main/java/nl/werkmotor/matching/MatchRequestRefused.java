package nl.werkmotor.matching;

import java.util.List;

/** A matching question that cannot be answered as asked; names every problem at once. */
public class MatchRequestRefused extends RuntimeException {

    private final transient List<Problem> problems;

    public MatchRequestRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::en).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param parameter the request parameter at fault, as the API names it */
    public record Problem(String parameter, String nl, String en) {
    }
}
