package nl.werkmotor.toolbox;

/** @param takesEffectOn as typed, "YYYY-MM-DD"; 1 March or 1 October */
public record PrepareEdition(String takesEffectOn, String changeKind, String whatChanged) {
}
