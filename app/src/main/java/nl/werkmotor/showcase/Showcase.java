package nl.werkmotor.showcase;

import java.util.List;

/** The anonymous candidates for one vacancy, best fitting first. */
public record Showcase(long vacancyId, String vacancyTitle, List<ShowcaseCandidate> candidates) {

    public Showcase {
        candidates = List.copyOf(candidates);
    }
}
