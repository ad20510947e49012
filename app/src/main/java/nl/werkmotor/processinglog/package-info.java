/**
 * Processing log: every read or change of a person's data by anyone but that person is written as a
 * log record of the Logius standard "Logboek Dataverwerkingen" (who, whose data, which operation, which
 * processing activity and legal basis, when, W3C trace ids), and the person reads their own records in
 * plain language ({@code /mijn-gegevens/verwerkingen}, {@code GET /api/v1/mijn-gegevens/verwerkingen}).
 * <p>
 * Other modules call {@link nl.werkmotor.processinglog.RecordingProcessing} with an
 * {@link nl.werkmotor.processinglog.Operation} and a {@link nl.werkmotor.processinglog.ProcessingPurpose}
 * (the register of processing activities); {@link nl.werkmotor.processinglog.FindProcessingRecords} reads
 * them back, and {@link nl.werkmotor.processinglog.ProcessingRecord#asLogboekRecord()} renders one in the
 * standard's JSON form. {@code internal.TraceContextFilter} gives every request one trace id, the
 * caller's when it sent a {@code traceparent}; the platform's nightly retention job deletes the records
 * older than the retention period ({@code internal.ProcessingLog#processingLogRetention}).
 * <p>
 * Calls {@code identity} (who is signed in), {@code web} (navigation, problem+json, paging) and
 * {@code platform}. People and matching call this module, so it never calls them. The person's page
 * nevertheless lives here, beside the records it shows: which person a login belongs to is asked through
 * the port {@link nl.werkmotor.processinglog.FindPersonOfAccount}, which the people module implements.
 * That keeps the dependency one way (people → processinglog) and keeps the people module free of the
 * log's wording and paging.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processing log")
package nl.werkmotor.processinglog;
