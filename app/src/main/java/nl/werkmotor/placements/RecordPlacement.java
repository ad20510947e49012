package nl.werkmotor.placements;

/** Record the placement that follows an introduction the person said yes to. */
public record RecordPlacement(long introductionId) {
}
