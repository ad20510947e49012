package nl.werkmotor.showcase;

import java.util.Locale;

/**
 * How much of what a vacancy asks a candidate covers, in bands: an exact score would link one person across an
 * employer's vacancies (the same person scores the same against the same skills) and tell their claims apart.
 */
public enum FitBand {
    MOST(0.75, "past voor driekwart of meer", "fits three quarters or more"),
    HALF(0.5, "past voor de helft tot driekwart", "fits half to three quarters"),
    SOME(0, "past voor minder dan de helft", "fits less than half");

    private final double from;
    private final String dutch;
    private final String english;

    FitBand(double from, String dutch, String english) {
        this.from = from;
        this.dutch = dutch;
        this.english = english;
    }

    static FitBand of(double score) {
        for (FitBand band : values()) {
            if (score >= band.from) {
                return band;
            }
        }
        return SOME;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
