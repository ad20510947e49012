package nl.werkmotor.people;

/** How keen someone is on a change now, as the person and their case worker judge it. */
public enum Motivation {
    LOW, MODERATE, HIGH
}
