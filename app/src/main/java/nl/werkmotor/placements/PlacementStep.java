package nl.werkmotor.placements;

import java.util.Locale;

/**
 * Where a placement stands: an introduction said yes to, an interview, a trial placement (optional), the start of
 * the work, aftercare, lasting at 6 and at 12 months after the start; or ended early. The order is the order of the
 * constants; {@link #ENDED} can follow any step but the last.
 */
public enum PlacementStep {
    ACCEPTED("Kennismaking: ja gezegd", "Introduction accepted"),
    INTERVIEW("Sollicitatiegesprek", "Interview"),
    TRIAL("Proefplaatsing", "Trial placement"),
    STARTED("Aan het werk", "Started work"),
    AFTERCARE("Nazorg", "Aftercare"),
    LASTING_6("Duurzaam: 6 maanden", "Lasting: 6 months"),
    LASTING_12("Duurzaam: 12 maanden", "Lasting: 12 months"),
    ENDED("Voortijdig gestopt", "Ended early");

    private final String nl;
    private final String en;

    PlacementStep(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }

    /** Whether the person works there (or worked there for the lasting steps) from this step on. */
    public boolean atWork() {
        return this == STARTED || this == AFTERCARE || this == LASTING_6 || this == LASTING_12;
    }

    /** Whether nothing can follow: lasting 12 months, or ended early. */
    public boolean isFinal() {
        return this == LASTING_12 || this == ENDED;
    }
}
