package nl.werkmotor.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import nl.werkmotor.web.ApiProblem.Message;

/**
 * One saved change to a profile, as the person reads it back.
 *
 * @param changedBy   the login name of whoever made it
 * @param description what changed, in plain Dutch and English; changes saved before English was kept are
 *                    translated where Werkmotor wrote them, otherwise Dutch in both
 */
public record ProfileChange(Instant changedAt, String changedBy, ChangeAuthor.Kind author, Message description) {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** When, on the clock of the person who reads it. */
    public ZonedDateTime localTime() {
        return changedAt.atZone(DUTCH_TIME);
    }
}
