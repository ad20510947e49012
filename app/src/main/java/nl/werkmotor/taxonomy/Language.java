package nl.werkmotor.taxonomy;

import java.util.Optional;

/** The languages the taxonomy has labels in: Dutch first, English complete. */
public enum Language {
    NL("nl"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
