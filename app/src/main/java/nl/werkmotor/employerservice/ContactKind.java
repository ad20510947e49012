package nl.werkmotor.employerservice;

/** How an account manager and an employer were in touch. */
enum ContactKind {
    VISIT,
    PHONE,
    EMAIL,
    VIDEO_CALL,
    EVENT
}
