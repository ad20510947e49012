package nl.werkmotor.processinglog;

import java.util.Locale;

/**
 * The processing activities of Werkmotor: its register of processing activities (AVG article 30). Each
 * names its legal basis (AVG article 6) and says in plain language (B1) why the data is used, in Dutch
 * and English, for the person whose data it is. A log record names its activity by
 * {@link #activityId()}, the {@code dpl.core.processing_activity_id} of the Logboek Dataverwerkingen.
 */
public enum ProcessingPurpose {
    GUIDANCE("begeleiding-naar-werk",
            "AVG art. 6 lid 1 sub c en e; Participatiewet art. 7 en art. 10",
            "Uw klantmanager helpt u aan werk. Daarvoor bekijkt en houdt hij of zij uw gegevens bij.",
            "Your case worker helps you find work. For that, they look at and keep your details up to date."),
    MATCHING("matching-op-vacatures",
            "AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1",
            "We zoeken werk dat bij u past. Daarvoor vergelijken we uw vaardigheden met vacatures.",
            "We look for work that suits you. For that, we compare your skills with vacancies."),
    SHOWCASE("anoniem-profiel-voor-werkgevers",
            "AVG art. 6 lid 1 sub a (toestemming)",
            "U hebt gekozen dat werkgevers uw profiel zonder naam mogen zien.",
            "You chose that employers may see your profile without your name."),
    INTRODUCTION("voorstellen-aan-werkgever",
            "AVG art. 6 lid 1 sub a (toestemming)",
            "U hebt ja gezegd tegen een kennismaking met een werkgever. Die ziet dan uw naam en hoe hij u kan bereiken.",
            "You said yes to meeting an employer. They then see your name and how to reach you."),
    INTRODUCTION_FOLLOW_UP("afhandeling-kennismaking",
            "AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1",
            "Een werkgever vroeg om kennis met u te maken. Wat daarvan kwam, houden we bij, zonder uw naam als u die niet meer deelt.",
            "An employer asked to meet you. We keep track of what came of it, without your name if you no longer share it."),
    PLACEMENT("plaatsing-en-nazorg",
            "AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1 en art. 10",
            "U bent aan het werk gegaan na een kennismaking. Uw klantmanager en de accountmanager van de werkgever houden bij hoe het gaat, zodat u hulp krijgt als dat nodig is.",
            "You started work after an introduction. Your case worker and the employer's account manager keep track of how it goes, so that you get help when you need it."),
    PROFILE_MAINTENANCE("profielbeheer",
            "AVG art. 6 lid 1 sub e; Participatiewet art. 7 lid 1",
            "Uw profiel wordt bijgehouden, zodat het klopt en compleet is.",
            "Your profile is kept up to date, so that it is correct and complete."),
    DATA_SUBJECT_REQUEST("verzoek-van-betrokkene",
            "AVG art. 6 lid 1 sub c; AVG art. 15 tot en met 17",
            "U hebt gevraagd om uw gegevens te krijgen of te laten verwijderen.",
            "You asked to receive your data or to have it deleted.");

    /** Where the register's activities live; an activity's id is this plus its key. */
    public static final String REGISTER = "urn:werkmotor:verwerkingsactiviteit:";

    private final String key;
    private final String legalBasis;
    private final String dutch;
    private final String english;

    ProcessingPurpose(String key, String legalBasis, String dutch, String english) {
        this.key = key;
        this.legalBasis = legalBasis;
        this.dutch = dutch;
        this.english = english;
    }

    /** E.g. {@code urn:werkmotor:verwerkingsactiviteit:matching-op-vacatures}. */
    public String activityId() {
        return REGISTER + key;
    }

    /** The grounds in law, as lawyers cite them (Dutch in any language: that is how the law is named). */
    public String legalBasis() {
        return legalBasis;
    }

    /** Why, in plain language for the person. Dutch unless English is asked for. */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : dutch;
    }
}
