package nl.werkmotor.processinglog;

import java.util.Locale;

/** What was done with a person's data, with the words the person reads in their processing log. */
public enum Operation {
    READ("bekeken", "viewed"),
    CREATE("toegevoegd", "added"),
    CHANGE("gewijzigd", "changed"),
    DELETE("verwijderd", "deleted"),
    EXPORT("gedownload", "downloaded");

    private final String dutch;
    private final String english;

    Operation(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** A read or an export changes nothing, so its record is written on its own, not in a caller's transaction. */
    public boolean changesData() {
        return this != READ && this != EXPORT;
    }

    /** A past participle, e.g. "bekeken": "Uw gegevens zijn bekeken". Dutch unless English is asked for. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
