package nl.werkmotor.processinglog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.processinglog.internal.ProcessingLog;
import nl.werkmotor.processinglog.internal.TraceContext;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Writes the processing log: call it for every read or change of a person's data by anyone but that
 * person. The actor is the signed-in user, or Werkmotor itself when nobody is (commands).
 * <p>
 * A change ({@link Operation#changesData()}) is recorded in the caller's transaction, which must exist:
 * a change that fails takes its record with it, and a change is never saved without its record.
 * A read is recorded in a transaction of its own, so that a read-only caller can log too.
 */
@Component
public class RecordingProcessing {

    private final ProcessingLog log;
    private final FindCurrentUser currentUser;
    private final TransactionTemplate callersTransaction;
    private final TransactionTemplate ownTransaction;

    RecordingProcessing(ProcessingLog log, FindCurrentUser currentUser, PlatformTransactionManager transactions) {
        this.log = log;
        this.currentUser = currentUser;
        this.callersTransaction = new TransactionTemplate(transactions);
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param description what was done, in plain Dutch and English for the person (B1), e.g. "Uw profiel
     *                    vergeleken met een vacature" / "Your profile compared with a vacancy"
     * @throws org.springframework.transaction.IllegalTransactionStateException for a change outside a transaction
     */
    public void record(long personId, Operation operation, ProcessingPurpose purpose, Message description) {
        recordAll(List.of(personId), operation, purpose, description);
    }

    /** One record per person, all in one batch: for a list of people read or changed at once. */
    public void recordAll(Collection<Long> personIds, Operation operation, ProcessingPurpose purpose,
                          Message description) {
        if (description == null || blank(description.nl()) || blank(description.en())) {
            throw new IllegalArgumentException("A processing record says what was done, in Dutch and English");
        }
        if (personIds.isEmpty()) {
            return;
        }
        TraceContext trace = TraceContext.current();
        Actor actor = currentUser.current().map(Actor::of).orElse(Actor.SYSTEM);
        Instant end = Instant.now();
        Message stripped = new Message(description.nl().strip(), description.en().strip());
        List<ProcessingRecord> records = personIds.stream().map(personId -> new ProcessingRecord(trace.traceId(),
                TraceContext.newSpanId(), trace.parentSpanId(), stripped, trace.start(), end, personId,
                operation, purpose, purpose.legalBasis(), actor)).toList();
        (operation.changesData() ? callersTransaction : ownTransaction).executeWithoutResult(status -> log.add(records));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
