package nl.werkmotor.toolbox;

import java.time.Instant;

/** An account manager's note of an instrument the Toolbox lacked. */
public record MissingInstrumentNote(long id, String what, String why, String accountName, String organisation,
                                    Instant notedAt) {

    /** The day it was noted, as a person in the Netherlands counts days. */
    public java.time.LocalDate notedOn() {
        return java.time.LocalDate.ofInstant(notedAt, ToolboxClock.NETHERLANDS);
    }
}
