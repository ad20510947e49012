package nl.werkmotor.platform;

import java.util.List;

/** Start-up refused because required settings are missing; each is named in all its spellings. */
public class MissingConfigurationException extends RuntimeException {

    private final List<String> missing;

    public MissingConfigurationException(String message, List<String> missing) {
        super(message + " Missing: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
