package nl.werkmotor.guidance;

import java.time.Instant;

/** What a case worker wrote down about a person, and why. */
record Note(long id, long personId, NotePurpose purpose, String text, String authorName, Instant writtenAt) {
}
