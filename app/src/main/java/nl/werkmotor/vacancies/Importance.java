package nl.werkmotor.vacancies;

/** Whether a required skill is a must (essential) or a plus (optional), as in ESCO's occupation profiles. */
public enum Importance {
    ESSENTIAL,
    OPTIONAL
}
