package nl.werkmotor.processinglog.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a processing record is kept: {@code werkmotor.processing-log.retention} (environment
 * {@code WERKMOTOR_PROCESSING_LOG_RETENTION}), e.g. {@code P2Y}; a record goes once its processing ended
 * longer ago than this. Two years by default: docs/privacy.md says why.
 */
@ConfigurationProperties("werkmotor.processing-log")
record RetentionPeriod(@DefaultValue("P2Y") Period retention) {

    RetentionPeriod {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("werkmotor.processing-log.retention must be a positive period, e.g. P2Y");
        }
    }
}
