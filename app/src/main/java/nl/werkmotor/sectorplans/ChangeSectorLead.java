package nl.werkmotor.sectorplans;

import nl.werkmotor.identity.CurrentUser;

/** Name or change a sector's sectortrekker, or (the beheerder) its adopting organisation. */
public record ChangeSectorLead(String sectorCode, SectorLeadForm form, CurrentUser changedBy) {
}
