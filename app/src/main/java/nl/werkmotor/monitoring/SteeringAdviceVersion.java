package nl.werkmotor.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One saved version of a steering advice with the figures it was based on: the period's and the same-length earlier
 * period's suppressed counts and targets as they were counted when it was saved (a snapshot, never recounted).
 */
record SteeringAdviceVersion(int number, SteeringAdviceParts parts, String decidedBy, LocalDate decidedOn,
                             String savedBy, String savedByName, Instant savedAt, MonitoringApi.Plaatsingen figures,
                             MonitoringApi.Plaatsingen earlier) {

    public String savedShown() {
        return StoryForm.moment(savedAt);
    }

    public String decidedOnShown() {
        return StoryForm.shown(decidedOn);
    }
}
