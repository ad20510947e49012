package nl.werkmotor.placements;

import java.util.Locale;

/** The two sides that record and confirm a placement: the person's case worker and the employer's account manager. */
enum Side {
    CASE_WORKER("de klantmanager", "the case worker"),
    ACCOUNTMANAGER("de accountmanager", "the account manager");

    private final String nl;
    private final String en;

    Side(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    Side other() {
        return this == CASE_WORKER ? ACCOUNTMANAGER : CASE_WORKER;
    }

    String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
