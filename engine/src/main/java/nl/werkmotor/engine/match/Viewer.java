package nl.werkmotor.engine.match;

/** Who asks for people fitting a vacancy; decides which {@link Visibility} levels they may see. */
public enum Viewer {
    PARTNER,
    EMPLOYER
}
