package nl.werkmotor.sectorplans;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of a sector's plan with its fixed parts (Haaglanden's sector approach): the written sector
 * analysis (the computed figures beside it are {@link SectorAnalysis}), the placements to realise locally and
 * regionally, the key accounts (employers' ids), the joint sector projects and how the plan is monitored. A save is a
 * new version; none is overwritten.
 *
 * @param savedBy     the login that saved it ("systeem" for the first, "demo-data" for the demo's)
 * @param savedByName the name shown in the history
 */
public record SectorPlan(String sectorCode, int version, String analysisText, int localPlacements,
                         int regionalPlacements, List<Long> keyAccounts, List<SectorProject> projects,
                         String monitoring, String savedBy, String savedByName, Instant savedAt) {

    public SectorPlan {
        keyAccounts = List.copyOf(keyAccounts);
        projects = List.copyOf(projects);
    }
}
