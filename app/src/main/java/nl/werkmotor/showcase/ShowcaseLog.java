package nl.werkmotor.showcase;

import java.util.Collection;

import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;

/** What the showcase writes to the processing log, in the words the person reads there. */
@Component
class ShowcaseLog {

    private final RecordingProcessing recording;

    ShowcaseLog(RecordingProcessing recording) {
        this.recording = recording;
    }

    void shown(Collection<Long> personIds, String employer, String vacancy) {
        recording.recordAll(personIds, Operation.READ, ProcessingPurpose.SHOWCASE,
                "Uw profiel is zonder naam getoond bij de vacature '" + vacancy + "' van " + employer + ".");
    }

    /** In the caller's transaction: the introduction is not saved without its record. */
    void asked(long personId, String employer, String vacancy) {
        recording.record(personId, Operation.CREATE, ProcessingPurpose.SHOWCASE,
                "Gevraagd om kennis met u te maken: " + employer + ", vacature '" + vacancy + "'.");
    }

    void contactRead(long personId, String employer) {
        recording.record(personId, Operation.READ, ProcessingPurpose.INTRODUCTION,
                "Uw naam en contactgegevens bekeken, na uw ja op de kennismaking met " + employer + ".");
    }

    void readByCaseWorker(Collection<Long> personIds) {
        recording.recordAll(personIds, Operation.READ, ProcessingPurpose.INTRODUCTION,
                "Uw kennismakingen met werkgevers bekeken door uw klantmanager.");
    }

    /** In the caller's transaction, like the decision itself. */
    void decidedByCaseWorker(long personId, boolean accepted, String employer) {
        recording.record(personId, Operation.CHANGE, ProcessingPurpose.INTRODUCTION, "Uw klantmanager heeft namens u "
                + (accepted ? "ja" : "nee") + " gezegd tegen de kennismaking met " + employer + ".");
    }

    /**
     * In the caller's transaction, like the outcome itself.
     *
     * @param by CASE_WORKER, WERKGEVER or ACCOUNTMANAGER
     */
    void outcomeRecorded(long personId, String employer, String by) {
        String who = switch (by) {
            case "CASE_WORKER" -> "uw klantmanager";
            case "ACCOUNTMANAGER" -> "een accountmanager van het WerkgeversServicePunt";
            default -> employer;
        };
        recording.record(personId, Operation.CHANGE, ProcessingPurpose.INTRODUCTION, "Vastgelegd wat de kennismaking met "
                + employer + " heeft opgeleverd, door " + who + ".");
    }
}
