package nl.werkmotor.taxonomy;

/**
 * A text in the language asked for, or in English marked as a fallback where ESCO has no Dutch text
 * (half of the skills), so the UI can say "(Engels)".
 *
 * @param lang the language of {@code text}: "nl" or "en"
 */
public record Label(String text, String lang, boolean fallback) {

    /** The Dutch or English text as asked; null when neither exists (e.g. a concept without description). */
    public static Label of(Language language, String dutch, String english) {
        if (language == Language.NL && dutch != null) {
            return new Label(dutch, "nl", false);
        }
        if (english == null) {
            return dutch == null ? null : new Label(dutch, "nl", true);
        }
        return new Label(english, "en", language != Language.EN);
    }
}
