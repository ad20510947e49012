package nl.werkmotor.showcase;

import java.util.List;

/** An introduction that cannot be asked or decided as given, with every problem at once; nothing was saved. */
public class IntroductionRefused extends RuntimeException {

    private final List<Problem> problems;

    IntroductionRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::en).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    static IntroductionRefused because(String field, String nl, String en) {
        return new IntroductionRefused(List.of(new Problem(field, nl, en)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param field the field of the command it is about, e.g. "email" */
    public record Problem(String field, String nl, String en) {
    }
}
