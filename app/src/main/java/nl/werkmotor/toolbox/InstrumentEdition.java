package nl.werkmotor.toolbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * One edition of the regional Toolbox: all its instruments as they hold from {@code takesEffectOn} (always 1 March
 * or 1 October) until the next published edition. Prepared as a draft with what changed and why, reviewed, then
 * published; earlier editions stay as they were, so that a placement can name the edition of its date.
 */
public record InstrumentEdition(long id, LocalDate takesEffectOn, EditionStatus status, ChangeKind changeKind,
                                String whatChanged, String preparedBy, Instant preparedAt, String reviewedBy,
                                Instant reviewedAt, String publishedBy, Instant publishedAt,
                                List<Instrument> instruments) {

    public InstrumentEdition {
        instruments = List.copyOf(instruments);
    }

    /** Whether an edition may take effect on this date: only 1 March and 1 October. */
    public static boolean isEffectiveDate(LocalDate date) {
        return date.getDayOfMonth() == 1 && (date.getMonth() == Month.MARCH || date.getMonth() == Month.OCTOBER);
    }

    public Optional<Instrument> instrument(String code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The published edition in force on a date among these: the latest to take effect on or before it. */
    public static Optional<InstrumentEdition> inForceOn(List<InstrumentEdition> editions, LocalDate date) {
        return editions.stream().filter(e -> e.status() == EditionStatus.PUBLISHED && !e.takesEffectOn().isAfter(date))
                .max(java.util.Comparator.comparing(InstrumentEdition::takesEffectOn));
    }
}
