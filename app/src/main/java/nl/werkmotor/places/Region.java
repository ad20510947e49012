package nl.werkmotor.places;

/** An arbeidsmarktregio, e.g. AM22 Rijnmond. */
public record Region(String code, String name) {
}
