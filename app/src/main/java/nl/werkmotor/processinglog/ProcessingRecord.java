package nl.werkmotor.processinglog;

import java.time.Instant;

/**
 * One processing of one person's data: a log record of the Logboek Dataverwerkingen. The trace and span
 * ids follow W3C Trace Context: every record of one request shares the trace id; the parent span is the
 * caller's, when the request named one in its {@code traceparent} header.
 *
 * @param parentSpanId null when the request came without a {@code traceparent}
 * @param name         what was done, in the words of the module that did it (Dutch)
 * @param personId     the data subject: our own person id, never a BSN
 * @param legalBasis   the purpose's legal basis at the time of processing (the register may change later)
 */
public record ProcessingRecord(String traceId, String spanId, String parentSpanId, String name, Instant startTime,
                               Instant endTime, long personId, Operation operation, ProcessingPurpose purpose,
                               String legalBasis, Actor actor) {
}
