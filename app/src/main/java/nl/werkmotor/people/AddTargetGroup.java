package nl.werkmotor.people;

/** A new target group for the region's list, under a code of its own ({@code code}), added by {@code changedBy}. */
public record AddTargetGroup(String code, TargetGroupForm form, String changedBy) {
}
