package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The Toolbox's editions: the one in force on a date (for evaluations now and for placements later, which name
 * the edition of their date) and the history.
 */
@Component
public class FindEditions {

    private final Editions editions;

    FindEditions(Editions editions) {
        this.editions = editions;
    }

    /** The published edition that took effect last on or before this date; empty before the first. */
    public Optional<InstrumentEdition> editionInForceOn(LocalDate date) {
        return InstrumentEdition.inForceOn(editions.published(), date);
    }

    /** Every edition, drafts included, the latest date first. */
    public List<InstrumentEdition> history() {
        return editions.all();
    }

    public Optional<InstrumentEdition> byId(long id) {
        return editions.byId(id);
    }
}
