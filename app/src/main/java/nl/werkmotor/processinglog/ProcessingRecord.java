package nl.werkmotor.processinglog;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.werkmotor.web.ApiProblem.Message;

/**
 * One processing of one person's data: a log record of the Logboek Dataverwerkingen. The trace and span
 * ids follow W3C Trace Context: every record of one request shares the trace id; the parent span is the
 * caller's, when the request named one in its {@code traceparent} header.
 *
 * @param parentSpanId null when the request came without a {@code traceparent}
 * @param name         what was done, in the words of the module that did it, in Dutch and English; records
 *                     written before English was kept have the Dutch text in both
 * @param personId     the data subject: our own person id, never a BSN
 * @param legalBasis   the purpose's legal basis at the time of processing (the register may change later)
 */
public record ProcessingRecord(String traceId, String spanId, String parentSpanId, Message name, Instant startTime,
                               Instant endTime, long personId, Operation operation, ProcessingPurpose purpose,
                               String legalBasis, Actor actor) {

    /** The standard's {@code name} is the Dutch text, the language of the record; the English one is an attribute. */
    public LogboekRecord asLogboekRecord() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("dpl.core.processing_activity_id", purpose.activityId());
        attributes.put("dpl.core.data_subject_id", Long.toString(personId));
        attributes.put("dpl.core.data_subject_id_type", LogboekRecord.DATA_SUBJECT_ID_TYPE);
        attributes.put("dpl.werkmotor.operation", operation.name());
        attributes.put("dpl.werkmotor.legal_basis", legalBasis);
        attributes.put("dpl.werkmotor.name_en", name.en());
        attributes.put("dpl.werkmotor.actor", actor.username());
        attributes.put("dpl.werkmotor.actor_name", actor.name());
        if (!actor.isSystem()) {
            attributes.put("dpl.werkmotor.actor_role", actor.role().dutchName());
            attributes.put("dpl.werkmotor.organisation_id", actor.organisation().id());
            attributes.put("dpl.werkmotor.organisation_name", actor.organisation().name());
        }
        return new LogboekRecord(traceId, spanId, parentSpanId, LogboekRecord.STATUS_OK, name.nl(),
                startTime.toEpochMilli(), endTime.toEpochMilli(), LogboekRecord.WERKMOTOR, Collections.unmodifiableMap(attributes));
    }
}
