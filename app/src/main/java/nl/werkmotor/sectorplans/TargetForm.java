package nl.werkmotor.sectorplans;

/**
 * A target as typed. Field names in refusals are the API's: {@code jaar}, {@code niveau} (a {@link TargetScope}),
 * {@code sleutel} (organisation id, sector code or target group code; empty for the region), {@code soort} (a
 * {@link TargetKind}), {@code aantal}, {@code afgesprokenDoor}, {@code afgesprokenOp} (1-3-2026 or 2026-03-01),
 * {@code notitie}.
 */
public record TargetForm(String year, String scope, String scopeKey, String kind, String count, String agreedBy,
                         String agreedOn, String note) {

    public static final int MAX_AGREED_BY = 200;
    public static final int MAX_NOTE = 300;
    public static final int MAX_COUNT = 1_000_000;

    public TargetForm {
        year = SectorPlanForm.strip(year);
        scope = SectorPlanForm.strip(scope);
        scopeKey = SectorPlanForm.strip(scopeKey);
        kind = SectorPlanForm.strip(kind);
        count = SectorPlanForm.strip(count);
        agreedBy = SectorPlanForm.strip(agreedBy);
        agreedOn = SectorPlanForm.strip(agreedOn);
        note = SectorPlanForm.strip(note);
    }
}
