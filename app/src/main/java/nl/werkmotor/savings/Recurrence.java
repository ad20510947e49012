package nl.werkmotor.savings;

/** Whether an amount comes once (in the first year) or in every year of the time horizon. */
public enum Recurrence { ONCE, YEARLY }
