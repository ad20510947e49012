package nl.werkmotor.people;

import java.time.Instant;
import java.util.List;

import nl.werkmotor.processinglog.LogboekRecord;

/**
 * All data Werkmotor keeps about one person, for the person (AVG article 15 and 20): their profile, who
 * changed it, and who else read or changed their data (the processing log, as Logboek Dataverwerkingen
 * records, newest first).
 */
public record PersonalDataExport(Instant exportedAt, OwnProfile profile, List<ProfileChange> changes,
                                 List<LogboekRecord> processingRecords) {
}
