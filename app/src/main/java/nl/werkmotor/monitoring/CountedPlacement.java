package nl.werkmotor.monitoring;

import java.util.Set;

/**
 * One placement as the table counts it: whose (only to count distinct people, never shown), the rows it counts in
 * (one organisation, or several target groups) and the measures it counts for.
 */
public record CountedPlacement(long personId, Set<String> rows, Set<Measure> measures) {

    public CountedPlacement {
        rows = Set.copyOf(rows);
        measures = Set.copyOf(measures);
    }
}
