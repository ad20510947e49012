package nl.werkmotor.sectorplans;

import java.util.List;
import java.util.Locale;

import nl.werkmotor.taxonomy.Sector;

/**
 * A sector of the region's sector approach, e.g. "Bouw en Techniek", made of SBI sections.
 *
 * @param code                   a stable key in capitals, e.g. "BOUW_TECHNIEK"
 * @param sbiSections            the SBI sections whose employers belong to it (a section belongs to at most one)
 * @param adoptingOrganisationId identity's organisation id of the organisation that adopted it, e.g. "wsp-lindeveen"
 */
public record RegionSector(String code, String nameNl, String nameEn, List<Sector> sbiSections,
                           String adoptingOrganisationId) {

    public RegionSector {
        sbiSections = List.copyOf(sbiSections);
    }

    /** Dutch unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
