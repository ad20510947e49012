package nl.werkmotor.showcase;

import java.util.Locale;

import nl.werkmotor.people.Availability;

/** When a candidate can start, in two classes: "now" and "within a month" differ too little to tell people apart by. */
public enum StartBand {
    WITHIN_A_MONTH("binnen een maand", "within a month"),
    WITHIN_THREE_MONTHS("binnen drie maanden", "within three months"),
    LATER("later", "later");

    private final String dutch;
    private final String english;

    StartBand(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    static StartBand of(Availability availability) {
        return switch (availability) {
            case NOW, WITHIN_A_MONTH -> WITHIN_A_MONTH;
            case WITHIN_THREE_MONTHS -> WITHIN_THREE_MONTHS;
            case LATER -> LATER;
        };
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
