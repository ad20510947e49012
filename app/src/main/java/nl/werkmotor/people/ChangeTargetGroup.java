package nl.werkmotor.people;

/** New names, description, order or activity of a group of the list, by {@code changedBy}; the code stays. */
public record ChangeTargetGroup(TargetGroup group, TargetGroupForm form, String changedBy) {
}
