package nl.werkmotor.partners;

/** The WSP location that serves a municipality, with the WSP it belongs to. */
public record WspLocationServing(Partner wsp, WspLocation location) {
}
