package nl.werkmotor.placements;

import java.time.LocalDate;
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

    /**
     * This step's date among a placement's dates, given in the order of the steps (accepted, interview, trial, start,
     * aftercare, lasting 6, lasting 12, ended); null when it was not (yet) taken.
     */
    LocalDate among(LocalDate... datesInStepOrder) {
        if (datesInStepOrder.length != values().length) {
            throw new IllegalArgumentException("A date per step, " + values().length + ", not " + datesInStepOrder.length);
        }
        return datesInStepOrder[ordinal()];
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
