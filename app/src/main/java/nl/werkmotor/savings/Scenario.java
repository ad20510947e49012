package nl.werkmotor.savings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A saved scenario: its content, whose it is, who saved it and when.
 *
 * @param organisationId null for the blueprint's example, which every organisation sees
 * @param example        the blueprint's own figures: read-only, copyable
 * @param copiedFrom     the scenario it was copied from, if any
 */
public record Scenario(long id, ScenarioContent content, String organisationId, String organisationName,
                       boolean example, Long copiedFrom, String savedBy, String savedByName, Instant savedAt) {

    /** When it was saved, in Dutch time. */
    public LocalDateTime savedAtLocal() {
        return LocalDateTime.ofInstant(savedAt, ZoneId.of("Europe/Amsterdam"));
    }
}
