package nl.werkmotor.guidance;

import java.time.Instant;

/** The record of an intake conversation: where the person stands, what they want, what they need, what was agreed. */
record Intake(long id, long personId, String situation, String wishes, String supportNeeds, String nextSteps,
              String authorName, Instant recordedAt) {
}
