package nl.werkmotor.identity;

import java.util.Locale;

/** The roles of the platform (see DESIGN section 1), with the names the UI shows. */
public enum Role {
    WERKZOEKENDE("werkzoekende", "job seeker"),
    WERKGEVER("werkgever", "employer"),
    KLANTMANAGER("klantmanager", "case worker"),
    ACCOUNTMANAGER("accountmanager", "employer adviser"),
    OPLEIDER("opleider", "learning provider"),
    BELEIDSMEDEWERKER("beleidsmedewerker", "policy analyst"),
    BEHEERDER("beheerder", "administrator");

    private final String dutchName;
    private final String englishName;

    Role(String dutchName, String englishName) {
        this.dutchName = dutchName;
        this.englishName = englishName;
    }

    public String dutchName() {
        return dutchName;
    }

    /** Dutch unless English is asked for: the UI is Dutch first. */
    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishName : dutchName;
    }

    /** The Spring Security authority, e.g. ROLE_KLANTMANAGER, for {@code hasRole("KLANTMANAGER")}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
