package nl.werkmotor.monitoring;

import java.time.YearMonth;

/**
 * A suppressed monitoring table for the months {@code from} to {@code to}, rows {@code per}, with its provenance and
 * the targets agreed for its rows and the region.
 */
public record CountedPeriod(YearMonth from, YearMonth to, Per per, MonitoringTable table, Provenance provenance,
                            Targets targets) {

    public CountedPeriod withTargets(Targets agreed) {
        return new CountedPeriod(from, to, per, table, provenance, agreed);
    }
}
