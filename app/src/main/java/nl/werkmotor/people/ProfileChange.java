package nl.werkmotor.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One saved change to a profile, as the person reads it back.
 *
 * @param changedBy   the login name of whoever made it
 * @param description what changed, in plain Dutch
 */
public record ProfileChange(Instant changedAt, String changedBy, ChangeAuthor.Kind author, String description) {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** When, on the clock of the person who reads it. */
    public ZonedDateTime localTime() {
        return changedAt.atZone(DUTCH_TIME);
    }
}
