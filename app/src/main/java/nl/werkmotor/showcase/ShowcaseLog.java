package nl.werkmotor.showcase;

import java.util.Collection;

import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/** What the showcase writes to the processing log, in the words the person reads there. */
@Component
class ShowcaseLog {

    private final RecordingProcessing recording;

    ShowcaseLog(RecordingProcessing recording) {
        this.recording = recording;
    }

    void shown(Collection<Long> personIds, String employer, String vacancy) {
        recording.recordAll(personIds, Operation.READ, ProcessingPurpose.SHOWCASE,
                new Message("Uw profiel is zonder naam getoond bij de vacature '" + vacancy + "' van " + employer + ".",
                        "Your profile was shown without your name for the vacancy '" + vacancy + "' of " + employer + "."));
    }

    /** In the caller's transaction: the introduction is not saved without its record. */
    void asked(long personId, String employer, String vacancy) {
        recording.record(personId, Operation.CREATE, ProcessingPurpose.SHOWCASE,
                new Message("Gevraagd om kennis met u te maken: " + employer + ", vacature '" + vacancy + "'.",
                        "Asked to meet you: " + employer + ", vacancy '" + vacancy + "'."));
    }

    void contactRead(long personId, String employer) {
        recording.record(personId, Operation.READ, ProcessingPurpose.INTRODUCTION,
                new Message("Uw naam en contactgegevens bekeken, na uw ja op de kennismaking met " + employer + ".",
                        "Your name and contact details viewed, after you said yes to meeting " + employer + "."));
    }

    /** An introduction not said yes to, read by the employer's side: no name, but the request and the answer. */
    void requestRead(long personId, String employer, IntroductionStatus status) {
        recording.record(personId, Operation.READ, ProcessingPurpose.SHOWCASE, status == IntroductionStatus.DECLINED
                ? new Message("Uw nee op de vraag van " + employer + " om kennis te maken is bekeken, zonder uw naam.",
                        "Your no to the request of " + employer + " to meet you was viewed, without your name.")
                : new Message("De vraag van " + employer + " om kennis met u te maken is bekeken, zonder uw naam.",
                        "The request of " + employer + " to meet you was viewed, without your name."));
    }

    /** After a yes whose consent the person withdrew: what the employer's side reads is not under that consent. */
    void readWithoutContact(long personId, String employer) {
        recording.record(personId, Operation.READ, ProcessingPurpose.INTRODUCTION_FOLLOW_UP,
                new Message("Uw kennismaking met " + employer + " bekeken, zonder uw naam en contactgegevens: die deelt u "
                        + "niet meer met hen.", "Your introduction to " + employer + " viewed, without your name and "
                        + "contact details: you no longer share them with them."));
    }

    void readByCaseWorker(Collection<Long> personIds) {
        recording.recordAll(personIds, Operation.READ, ProcessingPurpose.INTRODUCTION,
                new Message("Uw kennismakingen met werkgevers bekeken door uw klantmanager.",
                        "Your meetings with employers viewed by your case worker."));
    }

    /** In the caller's transaction, like the decision itself. */
    void decidedByCaseWorker(long personId, boolean accepted, String employer) {
        recording.record(personId, Operation.CHANGE, ProcessingPurpose.INTRODUCTION, new Message(
                "Uw klantmanager heeft namens u " + (accepted ? "ja" : "nee") + " gezegd tegen de kennismaking met "
                        + employer + ".",
                "Your case worker said " + (accepted ? "yes" : "no") + " for you to meeting " + employer + "."));
    }

    /**
     * In the caller's transaction, like the outcome itself. After the person withdrew their consent to share their
     * name and contact details, not under that consent: under the introduction's follow-up, as the employer's reads.
     *
     * @param by            CASE_WORKER, WERKGEVER or ACCOUNTMANAGER
     * @param contactShared whether the employer's side sees the person's name and contact details now
     */
    void outcomeRecorded(long personId, String employer, String by, boolean contactShared) {
        Message who = switch (by) {
            case "CASE_WORKER" -> new Message("uw klantmanager", "your case worker");
            case "ACCOUNTMANAGER" -> new Message("een accountmanager van het WerkgeversServicePunt",
                    "an employer adviser of the WerkgeversServicePunt");
            default -> new Message(employer, employer);
        };
        if (contactShared) {
            recording.record(personId, Operation.CHANGE, ProcessingPurpose.INTRODUCTION, new Message(
                    "Vastgelegd wat de kennismaking met " + employer + " heeft opgeleverd, door " + who.nl() + ".",
                    "What came of meeting " + employer + " was recorded by " + who.en() + "."));
        } else {
            recording.record(personId, Operation.CHANGE, ProcessingPurpose.INTRODUCTION_FOLLOW_UP, new Message(
                    "Vastgelegd wat de kennismaking met " + employer + " heeft opgeleverd, door " + who.nl()
                            + ", zonder uw naam en contactgegevens: die deelt u niet meer met hen.",
                    "What came of meeting " + employer + " was recorded by " + who.en() + ", without your name and "
                            + "contact details: you no longer share them with them."));
        }
    }
}
