package nl.werkmotor.platform;

import java.util.List;

/**
 * Start-up refused because of its settings, before anything runs: each setting named in all its spellings,
 * with what to do about them.
 */
public class RefusedConfigurationException extends RuntimeException {

    private final String reason;
    private final String heading;
    private final List<String> settings;
    private final String advice;

    public RefusedConfigurationException(String reason, List<String> settings, String advice) {
        this(reason, "Refused", settings, advice);
    }

    RefusedConfigurationException(String reason, String heading, List<String> settings, String advice) {
        super(reason + " " + heading + " settings: " + String.join("; ", settings));
        this.reason = reason;
        this.heading = heading;
        this.settings = List.copyOf(settings);
        this.advice = advice;
    }

    public String reason() {
        return reason;
    }

    /** What is wrong with the settings named: "Missing" or "Refused". */
    public String heading() {
        return heading;
    }

    public List<String> settings() {
        return settings;
    }

    public String advice() {
        return advice;
    }
}
