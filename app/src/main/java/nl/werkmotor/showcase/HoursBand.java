package nl.werkmotor.showcase;

import java.util.Locale;

/**
 * The hours a week a candidate wants, widened to the nearest of 16, 24 and 32: enough to see whether part-time or
 * full-time fits, without the exact range that would link one person across an employer's vacancies.
 *
 * @param from at least this many hours: 0, 16, 24 or 32
 * @param to   at most this many: 16, 24 or 32; null for more than 32
 */
public record HoursBand(int from, Integer to) {

    private static final int[] CUTS = {16, 24, 32};

    static HoursBand of(int minHours, int maxHours) {
        int from = 0;
        Integer to = null;
        for (int cut : CUTS) {
            if (cut <= minHours) {
                from = cut;
            }
            if (to == null && cut >= maxHours) {
                to = cut;
            }
        }
        return new HoursBand(from, to);
    }

    public String text(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        if (to == null) {
            return from == 0 ? (en ? "any number of hours" : "elk aantal uren")
                    : en ? from + " hours or more" : from + " uur of meer";
        }
        return from == 0 ? (en ? "up to " + to + " hours" : "tot " + to + " uur")
                : en ? from + " to " + to + " hours" : from + " tot " + to + " uur";
    }
}
