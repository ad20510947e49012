package nl.werkmotor.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into a short message instead of a stack trace. */
class MissingConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MissingConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingConfigurationException cause) {
        String description = cause.getMessage().substring(0, cause.getMessage().indexOf(" Missing:"))
                + "\n\nMissing settings:\n  - " + String.join("\n  - ", cause.missing());
        return new FailureAnalysis(description,
                "Set the missing environment variables, or run 'werkmotor serve --dev' for development"
                        + " with an embedded database and a demo region.",
                cause);
    }
}
