package nl.werkmotor.sectorplans;

import java.time.LocalDate;

/**
 * A number the partners agreed to reach in a year (doelstelling), e.g. 810 extra banenafspraak placements.
 *
 * @param scopeKey the organisation id, sector code or target group code; null for the region
 * @param agreedBy who agreed it and where, e.g. "Kernteam (gemeenten, UWV, WSP's)"
 * @param agreedOn the day it was agreed, e.g. the Kernteam of 23 February 2017
 * @param note     e.g. "bovenop de eigen targets" (extra on top of each organisation's own); null for none
 */
public record Target(int year, TargetScope scope, String scopeKey, TargetKind kind, int count, String agreedBy,
                     LocalDate agreedOn, String note) {
}
