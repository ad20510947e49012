package nl.werkmotor.showcase.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.PeopleReplaced;
import nl.werkmotor.people.PersonRemoved;

/**
 * What the showcase keeps about a person goes with the person: when they are erased, their introductions (with
 * the contact details they gave and the employers' messages) and their choice of who decides; when everyone is
 * replaced (a new demo region), all of them, as the old ids may name new people. Nothing is kept anonymised:
 * docs/privacy.md says why. Synchronous, so in the erasing or replacing transaction: a failure here undoes the
 * erasure, never half of it.
 */
@Component
class ForgettingIntroductions {

    private final JdbcTemplate jdbc;

    ForgettingIntroductions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleReplaced replaced) {
        jdbc.execute("truncate introduction, introduction_delegation");
    }

    @EventListener
    void on(PersonRemoved removed) {
        jdbc.update("delete from introduction where person_id = ?", removed.personId());
        jdbc.update("delete from introduction_delegation where person_id = ?", removed.personId());
    }
}
