package nl.werkmotor.monitoring;

/**
 * The text of a steering advice in the parts of the region's year plan; content, process and relationship only in a
 * yearly advice (null otherwise).
 */
record SteeringAdviceParts(String wentWell, String wentBadly, String weChange, String whoWhatWhen, String content,
                           String process, String relationship) {
}
