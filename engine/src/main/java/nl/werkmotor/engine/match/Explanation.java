package nl.werkmotor.engine.match;

import java.util.List;

/**
 * Why a result scores what it scores: one {@link Contribution} per needed skill, in ascending skill
 * id order. The contributions, added in {@code double} (exactly, whatever the order) and rounded to
 * {@code float}, give exactly {@link #coverage()}: how much of what the needing side asks for the
 * claims cover. For occupations the score also weighs the profile's {@link #precision()}: the share of
 * the claims' specificity that earns credit here (the claimed skills shown as matched or {@code via});
 * {@code score = coverage × precision}, taken in {@code double} and rounded once to {@code float}.
 * For vacancies and people precision is 1 and the score is the coverage (a person's other skills are no fault).
 */
public record Explanation(float score, float coverage, float precision, List<Contribution> contributions) {
    public Explanation {
        contributions = List.copyOf(contributions);
    }

    public List<Contribution.Matched> matched() {
        return only(Contribution.Matched.class);
    }

    public List<Contribution.Related> related() {
        return only(Contribution.Related.class);
    }

    public List<Contribution.Missing> missing() {
        return only(Contribution.Missing.class);
    }

    private <T extends Contribution> List<T> only(Class<T> kind) {
        return contributions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
