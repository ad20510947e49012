package nl.werkmotor.sectorplans;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A change of a sector's adopting organisation or sectortrekker, with who made it (login).
 *
 * @param what as stored: {@code TREKKER<tab>name<tab>organisation id} (both empty: none),
 *             {@code ADOPTED<tab>organisation id}
 */
public record SectorChange(String sectorCode, String what, String changedBy, Instant changedAt) {

    static String trekker(String name, String organisationId) {
        return "TREKKER\t" + (name == null ? "" : name) + "\t" + (organisationId == null ? "" : organisationId);
    }

    static String adopted(String organisationId) {
        return "ADOPTED\t" + organisationId;
    }

    /** In Dutch or English, organisations by name where known. */
    public String text(Locale locale, Map<String, String> organisationNames) {
        boolean en = "en".equals(locale.getLanguage());
        String[] parts = what.split("\t", -1);
        if (parts[0].equals("ADOPTED") && parts.length == 2) {
            String org = organisationNames.getOrDefault(parts[1], parts[1]);
            return en ? "Adopted by " + org + "." : "Geadopteerd door " + org + ".";
        }
        if (parts[0].equals("TREKKER") && parts.length == 3) {
            if (parts[1].isEmpty()) {
                return en ? "No sector lead any more." : "Geen sectortrekker meer.";
            }
            String org = organisationNames.getOrDefault(parts[2], parts[2]);
            return en ? "Sector lead: " + parts[1] + " (" + org + ")." : "Sectortrekker: " + parts[1] + " (" + org + ").";
        }
        return what;
    }
}
