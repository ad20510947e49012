/**
 * Processing log: every read or change of a person's data by anyone but that person is written as a
 * log record of the Logius standard "Logboek Dataverwerkingen" (who, whose data, which operation, which
 * processing activity and legal basis, when, W3C trace ids), and the person can read their own records in
 * plain language. Other modules call {@link nl.werkmotor.processinglog.RecordingProcessing} with an
 * {@link nl.werkmotor.processinglog.Operation} and a {@link nl.werkmotor.processinglog.ProcessingPurpose}
 * (the register of processing activities); {@link nl.werkmotor.processinglog.FindProcessingRecords} reads
 * them back. Calls {@code identity} (who is signed in) and {@code platform}. People and matching call
 * this module, so it never calls them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processing log")
package nl.werkmotor.processinglog;
