package nl.werkmotor.guidance;

import nl.werkmotor.processinglog.ProcessingPurpose;

/**
 * Why a note was written. Required, from this fixed list: a note serves a purpose (AVG art. 5, purpose
 * limitation), and the person reads it in their processing log as the activity it belongs to.
 */
enum NotePurpose {
    BEGELEIDING(ProcessingPurpose.GUIDANCE),
    BEMIDDELING(ProcessingPurpose.MATCHING),
    ONTWIKKELING(ProcessingPurpose.GUIDANCE),
    INSTRUMENTEN(ProcessingPurpose.GUIDANCE),
    NAZORG(ProcessingPurpose.GUIDANCE);

    private final ProcessingPurpose processing;

    NotePurpose(ProcessingPurpose processing) {
        this.processing = processing;
    }

    ProcessingPurpose processing() {
        return processing;
    }
}
