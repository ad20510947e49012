package nl.werkmotor.places;

/** A CBS municipality (gemeente) in its arbeidsmarktregio. */
public record Municipality(String code, String name, String regionCode) {
}
