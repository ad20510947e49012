package nl.werkmotor.demoregion;

import java.time.Duration;
import java.util.Locale;

/**
 * What a generation wrote.
 *
 * @param historyDuration the part of {@code duration} that loading the history of introductions and placements took
 * @param heapLimitBytes the heap it had to fit in ({@code -Xmx}): records stream into the database, so a
 *                       million people fit in the same heap as a thousand
 */
public record DemoRegionGenerated(String region, String regionName, long seed, long people, long employers,
        long vacancies, long learningOffers, long introductions, long placements, Duration duration, Duration historyDuration,
        long heapLimitBytes) {

    public String summary() {
        return String.format(Locale.ROOT,
                "Demo region %s %s (seed %d) generated in %.1f s: %,d people, %,d employers, %,d vacancies, "
                        + "%,d learning offers, %,d introductions, %,d placements (history %.1f s; heap limit %,d MB)",
                region, regionName, seed, duration.toMillis() / 1000.0, people, employers, vacancies, learningOffers,
                introductions, placements, historyDuration.toMillis() / 1000.0,
                heapLimitBytes >> 20);
    }
}
