package nl.werkmotor.guidance;

import java.time.Instant;

/** A vacancy a case worker put before a person; {@code outcome} is null while nothing came of it yet. */
record VacancyProposal(long id, long personId, long vacancyId, String vacancyTitle, String authorName,
                       Instant proposedAt, ProposalOutcome outcome) {
}
