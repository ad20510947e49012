package nl.werkmotor.guidance.internal;

import java.time.Period;

import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.PeopleReplaced;
import nl.werkmotor.people.PersonRemoved;
import nl.werkmotor.platform.RetentionRule;

/**
 * What guidance keeps about a person goes with the person: when they are erased, their caseload place,
 * intakes, notes and proposals; when everyone is replaced (a new demo region), all of it, as the old ids
 * may name new people. Synchronous, so in the erasing or replacing transaction. Notes, intakes and proposals also go
 * once kept long enough ({@link #noteRetention()}, {@link #intakeRetention()}, {@link #proposalRetention()};
 * docs/privacy.md says why).
 */
@Component
class ForgettingPeople {

    private final JdbcTemplate jdbc;

    ForgettingPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Two years after it was written ({@code werkmotor.retention.notes}). */
    @Bean
    static RetentionRule noteRetention() {
        return new RetentionRule("guidance_note", "werkmotor.retention.notes", Period.ofYears(2), "written_at < ?");
    }

    /**
     * Two years after it was recorded ({@code werkmotor.retention.intakes}), once a newer intake replaced it or the
     * person is in no caseload any more: the newest intake of someone still guided is what their guidance stands on.
     */
    @Bean
    static RetentionRule intakeRetention() {
        return new RetentionRule("intake", "werkmotor.retention.intakes", Period.ofYears(2), """
                recorded_at < ? and (not exists (select 1 from caseload c where c.person_id = intake.person_id)
                    or exists (select 1 from intake newer where newer.person_id = intake.person_id
                               and (newer.recorded_at, newer.id) > (intake.recorded_at, intake.id)))""");
    }

    /**
     * Two years after the last thing that happened to it ({@code werkmotor.retention.proposals}): proposed, or what
     * came of it recorded; a proposal still open two years on has served its purpose too.
     */
    @Bean
    static RetentionRule proposalRetention() {
        return new RetentionRule("vacancy_proposal", "werkmotor.retention.proposals", Period.ofYears(2),
                "coalesce(outcome_at, proposed_at) < ?");
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
