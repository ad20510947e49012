package nl.werkmotor.monitoring;

import java.time.YearMonth;

/** A suppressed monitoring table for the months {@code from} to {@code to}, rows {@code per}, with its provenance. */
public record CountedPeriod(YearMonth from, YearMonth to, Per per, MonitoringTable table, Provenance provenance) {
}
