package nl.werkmotor.guidance;

import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/** Records what came of a vacancy proposed to a person in the case worker's caseload. */
@Component
class RecordingOutcome {

    private final FindCaseload caseload;
    private final JdbcTemplate jdbc;
    private final RecordingProcessing processing;

    RecordingOutcome(FindCaseload caseload, JdbcTemplate jdbc, RecordingProcessing processing) {
        this.caseload = caseload;
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /**
     * @throws NotInCaseload  when the person is not in the case worker's caseload
     * @throws NoSuchProposal when the proposal is not this person's
     * @throws Refusal        when the outcome is not one of the list
     */
    @Transactional
    public void record(RecordOutcomeCommand command) {
        caseload.member(command.author(), command.personId());
        ProposalOutcome outcome = Arrays.stream(ProposalOutcome.values())
                .filter(o -> o.name().equalsIgnoreCase(command.outcome() == null ? "" : command.outcome().strip()))
                .findFirst().orElseThrow(() -> Refusal.of("uitkomst", "Kies een uitkomst uit de lijst.",
                        "Choose an outcome from the list."));
        if (jdbc.update("update vacancy_proposal set outcome = ?, outcome_at = now() where id = ? and person_id = ?",
                outcome.name(), command.proposalId(), command.personId()) == 0) {
            throw new NoSuchProposal(command.personId(), command.proposalId());
        }
        processing.record(command.personId(), Operation.CHANGE, ProcessingPurpose.MATCHING,
                new Message("Uitkomst van een voorgestelde vacature vastgelegd door uw klantmanager",
                        "Result of a suggested vacancy written down by your case worker"));
    }
}
