package nl.werkmotor.guidance;

/** What came of a proposed vacancy. */
enum ProposalOutcome {
    INTERESTED,
    NOT_INTERESTED,
    APPLIED,
    HIRED,
    REJECTED
}
