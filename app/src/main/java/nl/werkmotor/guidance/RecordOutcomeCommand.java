package nl.werkmotor.guidance;

/** @param outcome a {@link ProposalOutcome} name, as a form or the API sends it */
record RecordOutcomeCommand(CaseWorker author, long personId, long proposalId, String outcome) {
}
