package nl.werkmotor.toolbox;

/** What an account manager missed in the Toolbox, and for what situation. */
public record NoteMissingInstrument(String what, String why) {
}
