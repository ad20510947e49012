package nl.werkmotor.guidance.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.PeopleReplaced;

/**
 * When everyone is replaced (a new demo region), the old ids may name new people: caseloads, intakes,
 * notes and proposals go with the people they were about. Synchronous, so in the replacing transaction.
 */
@Component
class ForgettingReplacedPeople {

    private final JdbcTemplate jdbc;

    ForgettingReplacedPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PeopleReplaced replaced) {
        jdbc.execute("truncate caseload, intake, guidance_note, vacancy_proposal");
    }
}
