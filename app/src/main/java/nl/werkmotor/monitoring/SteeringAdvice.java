package nl.werkmotor.monitoring;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A steering advice (bijsturingsadvies) of an organisation's beleidsmedewerkers for the months {@code from} to
 * {@code to}, rows {@code per}, yearly or not, with every version kept (the newest last).
 */
record SteeringAdvice(long id, String organisationId, String organisationName, YearMonth from, YearMonth to, Per per,
                      boolean yearly, String createdBy, Instant createdAt, List<SteeringAdviceVersion> versions) {

    SteeringAdvice {
        versions = List.copyOf(versions);
    }

    /** The year of a yearly advice, as written (no grouping: 2025, not 2.025). */
    public String year() {
        return String.valueOf(from.getYear());
    }

    public SteeringAdviceVersion latest() {
        return versions.getLast();
    }

    /** The version of this number, or the newest. */
    public SteeringAdviceVersion version(Integer number) {
        return versions.stream().filter(v -> number != null && v.number() == number).findFirst().orElse(latest());
    }

    /** The same number of months just before from–to: the region's own earlier period, compared with first. */
    static YearMonth[] earlier(YearMonth from, YearMonth to) {
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        YearMonth earlierTo = from.minusMonths(1);
        return new YearMonth[] {earlierTo.minusMonths(months - 1), earlierTo};
    }
}
