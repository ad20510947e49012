package nl.werkmotor.guidance.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.PeopleReplaced;
import nl.werkmotor.people.PersonRemoved;

/**
 * What guidance keeps about a person goes with the person: when they are erased, their caseload place,
 * intakes, notes and proposals; when everyone is replaced (a new demo region), all of it, as the old ids
 * may name new people. Synchronous, so in the erasing or replacing transaction.
 */
@Component
class ForgettingPeople {

    private final JdbcTemplate jdbc;

    ForgettingPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleReplaced replaced) {
        jdbc.execute("truncate caseload, intake, guidance_note, vacancy_proposal");
    }

    @EventListener
    void on(PersonRemoved removed) {
        for (String table : new String[] {"caseload", "intake", "guidance_note", "vacancy_proposal"}) {
            jdbc.update("delete from " + table + " where person_id = ?", removed.personId());
        }
    }
}
