package nl.werkmotor.people;

/** When someone can start. */
public enum Availability {
    NOW, WITHIN_A_MONTH, WITHIN_THREE_MONTHS, LATER
}
