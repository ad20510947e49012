package nl.werkmotor.sectorplans;

import java.util.List;
import java.util.Locale;

import nl.werkmotor.taxonomy.Sector;

/**
 * A region sector with who adopted it and who leads it, organisations named as the partners module names them (or as
 * written when the sector was adopted, where the partners module lacks the organisation).
 *
 * @param trekkerName             the sectortrekker (sector lead); null until named
 * @param trekkerOrganisationId   identity's organisation id of the trekker's organisation; null until named
 */
public record AdoptedSector(String code, String nameNl, String nameEn, List<Sector> sbiSections,
                            String adoptingOrganisationId, String adoptingOrganisationName, String trekkerName,
                            String trekkerOrganisationId, String trekkerOrganisationName) {

    public AdoptedSector {
        sbiSections = List.copyOf(sbiSections);
    }

    /** Dutch unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public boolean hasTrekker() {
        return trekkerName != null;
    }
}
