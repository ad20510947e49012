package nl.werkmotor.savings;

import java.time.YearMonth;

/**
 * The region's outcomes in a period, as counts.
 *
 * @param placements         placements that started in the period
 * @param lastingPlacements  of those, the ones that lasted (still in work 12 months after the start, or 6 when 12
 *                           months have not yet passed)
 * @param benefitMonthsSaved months of benefit that did not have to be paid thanks to these placements, together
 * @param source             where the counts come from and until when, in words for the page
 */
public record RegionalOutcomes(YearMonth from, YearMonth to, long placements, long lastingPlacements,
                               long benefitMonthsSaved, String source) {

    /** Fewer placements than this are not shown or used: a cell so small could point at people. */
    public static final int SMALLEST_SHOWN = 5;

    public RegionalOutcomes {
        if (placements < 0 || lastingPlacements < 0 || lastingPlacements > placements || benefitMonthsSaved < 0) {
            throw new IllegalArgumentException("Counts out of order: " + placements + ", " + lastingPlacements + ", "
                    + benefitMonthsSaved);
        }
    }

    /** Whether the counts are large enough to be shown and used. */
    public boolean shown() {
        return lastingPlacements >= SMALLEST_SHOWN;
    }
}
