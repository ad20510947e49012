package nl.werkmotor.sectorplans;

import nl.werkmotor.identity.CurrentUser;

/** Save a new version of a sector's plan, as {@code savedBy} typed it. */
public record SaveSectorPlan(String sectorCode, SectorPlanForm form, CurrentUser savedBy) {
}
