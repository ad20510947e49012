package nl.werkmotor.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Erasure on request (AVG article 17): the person's record, skills and change history are deleted at
 * once, in one transaction, and {@link PersonRemoved} tells every module that derives from them; the modules
 * that keep rows about the person delete them in that same transaction (synchronous listeners), so that a
 * failure anywhere undoes the whole erasure. Their login stays; signing in again shows the page to start a new
 * profile. See docs/privacy.md for what each module removes and what is kept.
 */
@Component
public class ErasingPerson {

    private final JdbcTemplate jdbc;
    private final RecordingProcessing recording;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ErasingPerson(JdbcTemplate jdbc, RecordingProcessing recording, ApplicationEventPublisher events,
                  PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.recording = recording;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws PersonNotFound when there is no such person (erased already) */
    public void erase(ErasePerson command) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from person_skill where person_id = ?", command.personId());
            // person_change goes with the person (on delete cascade)
            if (jdbc.update("delete from person where id = ?", command.personId()) == 0) {
                throw new PersonNotFound(command.personId());
            }
            if (!command.author().isPerson()) {
                recording.record(command.personId(), Operation.DELETE, command.author().purpose(),
                        new Message("Uw profiel verwijderd.", "Your profile deleted."));
            }
            events.publishEvent(new PersonRemoved(command.personId()));
        });
    }
}
