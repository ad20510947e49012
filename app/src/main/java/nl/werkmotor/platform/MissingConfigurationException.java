package nl.werkmotor.platform;

import java.util.List;

/** Start-up refused because required settings are missing; each is named in all its spellings. */
public class MissingConfigurationException extends RefusedConfigurationException {

    public MissingConfigurationException(String message, List<String> missing) {
        super(message, "Missing", missing, "Set the missing environment variables, or run 'werkmotor serve --dev' for"
                + " development with an embedded database and a demo region.");
    }

    public List<String> missing() {
        return settings();
    }
}
