package nl.werkmotor.showcase;

import java.util.Locale;

/** How far a candidate lives from the work, in bands: an exact distance would narrow down where they live. */
public enum DistanceBand {
    WITHIN_5_KM(5, "binnen 5 km", "within 5 km"),
    WITHIN_10_KM(10, "5 tot 10 km", "5 to 10 km"),
    WITHIN_25_KM(25, "10 tot 25 km", "10 to 25 km"),
    FURTHER(Double.POSITIVE_INFINITY, "meer dan 25 km", "more than 25 km"),
    /** The postcode area of the work or of the person is not known. */
    UNKNOWN(Double.NaN, "onbekend", "unknown");

    private final double upToKm;
    private final String dutch;
    private final String english;

    DistanceBand(double upToKm, String dutch, String english) {
        this.upToKm = upToKm;
        this.dutch = dutch;
        this.english = english;
    }

    static DistanceBand of(double km) {
        for (DistanceBand band : values()) {
            if (km <= band.upToKm) {
                return band;
            }
        }
        return UNKNOWN;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
