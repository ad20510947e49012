package nl.werkmotor.toolbox;

/** What an {@link EligibilityRule} looks at: a fact of the person, the employer or the job. */
public enum Fact {
    /** the person is in at least one of the rule's target groups (codes such as "BANENAFSPRAAK") */
    TARGET_GROUP(Subject.PERSON),
    /** the person lives on one of the rule's benefits ("BIJSTAND", "WW", "WIA", "WAJONG") */
    BENEFIT(Subject.PERSON),
    /** the person is at least this old on the date */
    MIN_AGE(Subject.PERSON),
    /** the person is at most this old on the date */
    MAX_AGE(Subject.PERSON),
    /** the person has been out of work for at least this many months */
    MIN_MONTHS_OUT_OF_WORK(Subject.PERSON),
    /** the person has a work limitation (arbeidsbeperking) */
    WORK_LIMITATION(Subject.PERSON),
    /** the person's loonwaarde is below this percentage of the minimum wage */
    LOONWAARDE_BELOW(Subject.PERSON),
    /** the employer has its business in the deployment's region */
    EMPLOYER_IN_REGION(Subject.EMPLOYER),
    /** the job is at least this many hours a week */
    MIN_HOURS_A_WEEK(Subject.JOB),
    /** the contract is for at least this many months */
    MIN_CONTRACT_MONTHS(Subject.JOB),
    /** the job is a banenafspraak job (counts towards the quota) */
    BANENAFSPRAAK_JOB(Subject.JOB);

    /** Whose fact it is. */
    public enum Subject {
        PERSON, EMPLOYER, JOB
    }

    private final Subject subject;

    Fact(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
