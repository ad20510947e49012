package nl.werkmotor.people;

import java.time.Instant;

/**
 * One saved change to a profile, as the person reads it back.
 *
 * @param changedBy   the login name of whoever made it
 * @param description what changed, in plain Dutch
 */
public record ProfileChange(Instant changedAt, String changedBy, ChangeAuthor.Kind author, String description) {
}
