package nl.werkmotor.people;

import java.time.Instant;
import java.util.List;

/**
 * All data Werkmotor keeps about one person, for the person (AVG article 15 and 20): their profile and
 * who changed it.
 */
public record PersonalDataExport(Instant exportedAt, OwnProfile profile, List<ProfileChange> changes) {
}
