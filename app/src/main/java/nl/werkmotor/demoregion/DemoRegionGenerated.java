package nl.werkmotor.demoregion;

import java.time.Duration;
import java.util.Locale;

/**
 * What a generation wrote.
 *
 * @param peakHeapBytes the most heap in use while generating, garbage not yet collected included (the sum of
 *                      the heap pools' peaks): an upper bound; {@code -Xmx} bounds what it really needs
 */
public record DemoRegionGenerated(String region, String regionName, long seed, long people, long employers,
        long vacancies, long learningOffers, Duration duration, long peakHeapBytes) {

    public String summary() {
        return String.format(Locale.ROOT,
                "Demo region %s %s (seed %d) generated in %.1f s: %,d people, %,d employers, %,d vacancies, "
                        + "%,d learning offers; peak heap %,d MB",
                region, regionName, seed, duration.toMillis() / 1000.0, people, employers, vacancies, learningOffers,
                peakHeapBytes >> 20);
    }
}
