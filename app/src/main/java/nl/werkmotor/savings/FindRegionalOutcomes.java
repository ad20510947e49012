package nl.werkmotor.savings;

import java.time.YearMonth;

/**
 * What the region achieved in a period, counted from its own placements: the port through which the calculator
 * is fed with real outcomes instead of assumptions. Implemented by the module that records placements (none does
 * yet; the calculator then says its figures come from assumptions). Aggregates only: never a person.
 */
public interface FindRegionalOutcomes {

    /** The outcomes of the placements that started in the months {@code from} to {@code to}, both included. */
    RegionalOutcomes between(YearMonth from, YearMonth to);
}
