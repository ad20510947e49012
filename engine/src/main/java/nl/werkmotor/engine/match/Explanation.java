package nl.werkmotor.engine.match;

import java.util.List;

/**
 * Why a result scores what it scores: one {@link Contribution} per needed skill, in ascending skill
 * id order. The contributions, added in {@code double} (exactly, whatever the order) and rounded to
 * {@code float}, give exactly {@link #score()}.
 */
public record Explanation(float score, List<Contribution> contributions) {
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
