package nl.werkmotor.sectorplans;

/**
 * Who adopts a sector and who leads it, as typed. Field names in refusals: {@code trekker},
 * {@code trekkerOrganisatie}, {@code adopterendeOrganisatie} (identity's organisation ids).
 *
 * @param trekkerName empty, with an empty organisation, for no sectortrekker (yet)
 */
public record SectorLeadForm(String trekkerName, String trekkerOrganisation, String adoptingOrganisation) {

    public static final int MAX_NAME = 120;

    public SectorLeadForm {
        trekkerName = SectorPlanForm.strip(trekkerName);
        trekkerOrganisation = SectorPlanForm.strip(trekkerOrganisation);
        adoptingOrganisation = SectorPlanForm.strip(adoptingOrganisation);
    }
}
