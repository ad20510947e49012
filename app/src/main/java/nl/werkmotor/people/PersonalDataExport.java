package nl.werkmotor.people;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.werkmotor.processinglog.LogboekRecord;
import nl.werkmotor.taxonomy.Language;

/**
 * All data Werkmotor keeps about one person, for the person (AVG article 15 and 20): their profile, who
 * changed it, who else read or changed their data (the processing log, as Logboek Dataverwerkingen
 * records, newest first), and what the other modules keep about them ({@code heldElsewhere}: introductions to
 * employers, their case worker and what they recorded, ...). Skills, changes and the sections' labels are in the
 * language asked for.
 *
 * @param sources every database table this export was read from, in name order
 */
public record PersonalDataExport(Instant exportedAt, OwnProfile profile, List<Change> changes,
                                 List<LogboekRecord> processingRecords, List<PersonalDataSection> heldElsewhere,
                                 List<String> sources) {

    /** A {@link ProfileChange} with what changed in one language: the file reads as the page it came from. */
    public record Change(Instant changedAt, String changedBy, ChangeAuthor.Kind author, String description) {

        static Change of(ProfileChange change, Language language) {
            return new Change(change.changedAt(), change.changedBy(), change.author(),
                    change.description().text(Locale.of(language.code())));
        }
    }
}
