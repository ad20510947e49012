package nl.werkmotor.taxonomy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many texts one client address may send to {@code POST /api/v1/tekstherkenning} within {@code window},
 * bound from {@code werkmotor.text-recognition.*} (environment
 * {@code WERKMOTOR_TEXT_RECOGNITION_MAX_REQUESTS_PER_ADDRESS}, {@code WERKMOTOR_TEXT_RECOGNITION_WINDOW}).
 */
@ConfigurationProperties("werkmotor.text-recognition")
record TextRecognitionLimits(
        @DefaultValue("60") int maxRequestsPerAddress,
        @DefaultValue("1m") Duration window) {
}
