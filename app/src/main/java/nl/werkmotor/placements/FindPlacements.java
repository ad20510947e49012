package nl.werkmotor.placements;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The region's placements as facts to count, for monitoring: aggregates only. Nobody is checked here; the caller
 * shows counts (with cells of fewer than 5 people suppressed), never a placement of a person.
 */
@Component
public class FindPlacements {

    private final Placements placements;

    FindPlacements(Placements placements) {
        this.placements = placements;
    }

    /**
     * Every placement with at least one step dated in the period (both days included): accepted, interview, trial,
     * start, aftercare, lasting at 6 or 12 months, ended, or its outflow; ordered by id. A placement that only runs
     * through the period without a step in it (started before, still at work after) is not among them.
     */
    public List<PlacementFacts> facts(LocalDate from, LocalDate to) {
        return placements.factsWithAStepIn(from, to);
    }
}
