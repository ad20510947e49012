package nl.werkmotor.sectorplans;

import java.time.Instant;

/** A target added or changed, with who did it (login) and the target as it was after. */
public record TargetChange(long targetId, String what, String changedBy, Instant changedAt) {

    /** "Toegevoegd: …" or "Gewijzigd: …", in Dutch or English. */
    public String text(java.util.Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String[] parts = what.split("\t", 2);
        if (parts.length < 2) {
            return what;
        }
        return (parts[0].equals("ADDED") ? en ? "Added: " : "Toegevoegd: " : en ? "Changed: " : "Gewijzigd: ")
                + parts[1];
    }
}
