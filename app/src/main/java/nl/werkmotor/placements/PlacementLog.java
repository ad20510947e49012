package nl.werkmotor.placements;

import java.util.Collection;

import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/** What placements write to the person's processing log, in the words the person reads there. */
@Component
class PlacementLog {

    private final RecordingProcessing recording;

    PlacementLog(RecordingProcessing recording) {
        this.recording = recording;
    }

    /** In the caller's transaction: the placement is not saved without its record. */
    void recorded(long personId, Side by, String employer) {
        recording.record(personId, Operation.CREATE, ProcessingPurpose.PLACEMENT, new Message(
                "Uw werk bij " + employer + " na de kennismaking is vastgelegd door " + by.label(NL) + ".",
                "Your work at " + employer + " after the introduction was recorded by " + by.label(EN) + "."));
    }

    void stepTaken(long personId, Side by, PlacementStep step, String employer) {
        recording.record(personId, Operation.CHANGE, ProcessingPurpose.PLACEMENT, new Message(
                "Stap '" + step.label(NL) + "' van uw werk bij " + employer + " is vastgelegd door " + by.label(NL)
                        + ".", "Step '" + step.label(EN) + "' of your work at " + employer + " was recorded by "
                        + by.label(EN) + "."));
    }

    void confirmed(long personId, Side by, String employer) {
        recording.record(personId, Operation.CHANGE, ProcessingPurpose.PLACEMENT, new Message(
                "De laatste stap van uw werk bij " + employer + " is bevestigd door " + by.label(NL) + ".",
                "The last step of your work at " + employer + " was confirmed by " + by.label(EN) + "."));
    }

    void markedLasting(long personId, PlacementStep step) {
        recording.record(personId, Operation.CHANGE, ProcessingPurpose.PLACEMENT, new Message(
                "Werkmotor heeft uw werk gemarkeerd als '" + step.label(NL) + "'.",
                "Werkmotor marked your work as '" + step.label(EN) + "'."));
    }

    void read(Collection<Long> personIds, Side by) {
        if (!personIds.isEmpty()) {
            recording.recordAll(personIds, Operation.READ, ProcessingPurpose.PLACEMENT, new Message(
                    "Uw plaatsing bekeken door " + by.label(NL) + ".", "Your placement viewed by " + by.label(EN) + "."));
        }
    }

    /** The introductions a person said yes to, read to record the work that came of one. */
    void acceptedIntroductionsRead(Collection<Long> personIds, Side by) {
        if (!personIds.isEmpty()) {
            recording.recordAll(personIds, Operation.READ, ProcessingPurpose.PLACEMENT, new Message(
                    "Uw ja op een kennismaking bekeken door " + by.label(NL) + ", om uw werk vast te leggen.",
                    "Your yes to an introduction viewed by " + by.label(EN) + ", to record your work."));
        }
    }

    static final java.util.Locale NL = java.util.Locale.forLanguageTag("nl");
    static final java.util.Locale EN = java.util.Locale.ENGLISH;
}
