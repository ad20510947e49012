package nl.werkmotor.sectorplans;

import java.time.Instant;

/** A stored {@link Target} with its id and who last changed it. */
public record TargetRow(long id, Target target, String changedBy, Instant changedAt) {
}
