package nl.werkmotor.toolbox;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.FindCurrentUser;

/**
 * A beheerder reviews a draft, then publishes the reviewed edition: from its date on it is the edition in force.
 * Refused: publishing what is not reviewed, an edition whose date has passed (history stays as it was), or a
 * second edition for a date that has one.
 */
@Component
public class PublishingEdition {

    private final Editions editions;
    private final FindCurrentUser users;
    private final Clock clock = ToolboxClock.SYSTEM;

    PublishingEdition(Editions editions, FindCurrentUser users) {
        this.editions = editions;
        this.users = users;
    }

    public void review(long editionId) {
        InstrumentEdition edition = existing(editionId);
        if (edition.status() != EditionStatus.DRAFT) {
            throw EditionRefused.one("editie", "Deze editie is al beoordeeld.", "This edition has been reviewed already.");
        }
        editions.reviewed(editionId, users.current().orElseThrow().name(), clock.instant());
    }

    @Transactional
    public void publish(long editionId) {
        InstrumentEdition edition = existing(editionId);
        if (edition.status() != EditionStatus.REVIEWED) {
            throw EditionRefused.one("editie", "Eerst beoordelen, dan publiceren.", "Review first, then publish.");
        }
        if (edition.takesEffectOn().isBefore(LocalDate.now(clock))) {
            throw EditionRefused.one("editie", "De ingangsdatum is voorbij. Maak een nieuwe editie.",
                    "The date it takes effect has passed. Prepare a new edition.");
        }
        if (editions.published().stream().anyMatch(e -> e.takesEffectOn().equals(edition.takesEffectOn()))) {
            throw EditionRefused.one("editie", "Op die datum gaat al een editie in.",
                    "An edition already takes effect on that date.");
        }
        editions.published(editionId, users.current().orElseThrow().name(), clock.instant());
    }

    private InstrumentEdition existing(long id) {
        return editions.byId(id).orElseThrow(() -> EditionRefused.one("editie", "Deze editie bestaat niet.",
                "This edition does not exist."));
    }
}
