package nl.werkmotor.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start-up refused for its settings into a short message instead of a stack trace. */
class RefusedConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<RefusedConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RefusedConfigurationException cause) {
        return new FailureAnalysis(cause.reason() + "\n\n" + cause.heading() + " settings:\n  - "
                + String.join("\n  - ", cause.settings()), cause.advice(), cause);
    }
}
