package nl.werkmotor.placements;

import java.util.List;

import nl.werkmotor.platform.Refusal.Reason;

/** Record the placement that follows an introduction the person said yes to. */
public record RecordPlacement(long introductionId) {

    /**
     * The command from a request or a form, which may name no introduction.
     *
     * @throws PlacementRefused when it names none
     */
    public static RecordPlacement of(Long introductionId) {
        if (introductionId == null) {
            throw new PlacementRefused(List.of(new Reason("kennismaking",
                    "Kies de kennismaking waar de klant ja op zei.", "Choose the introduction the client said yes to.")));
        }
        return new RecordPlacement(introductionId);
    }
}
