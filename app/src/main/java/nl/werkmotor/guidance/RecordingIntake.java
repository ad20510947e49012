package nl.werkmotor.guidance;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/** Records an intake conversation with a person in the case worker's caseload; every part is required. */
@Component
class RecordingIntake {

    static final int MAX_TEXT = 4_000;

    private final FindCaseload caseload;
    private final JdbcTemplate jdbc;
    private final RecordingProcessing processing;

    RecordingIntake(FindCaseload caseload, JdbcTemplate jdbc, RecordingProcessing processing) {
        this.caseload = caseload;
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /**
     * @throws NotInCaseload when the person is not in the case worker's caseload
     * @throws Refusal       naming every field to fix
     */
    @Transactional
    public Intake record(RecordIntakeCommand command) {
        caseload.member(command.author(), command.personId());
        new Refusal.Reasons()
                .text("situatie", command.situation(), MAX_TEXT, "de situatie", "the situation")
                .text("wensen", command.wishes(), MAX_TEXT, "de wensen", "the wishes")
                .text("ondersteuning", command.supportNeeds(), MAX_TEXT, "de ondersteuning die nodig is",
                        "the support needed")
                .text("afspraken", command.nextSteps(), MAX_TEXT, "de afspraken", "the agreed next steps")
                .refuseIfAny();
        var recorded = jdbc.queryForMap("""
                insert into intake (person_id, situation, wishes, support_needs, next_steps, author, author_name)
                values (?, ?, ?, ?, ?, ?, ?) returning id, recorded_at""", command.personId(),
                command.situation().strip(), command.wishes().strip(), command.supportNeeds().strip(),
                command.nextSteps().strip(), command.author().login(), command.author().name());
        processing.record(command.personId(), Operation.CREATE, ProcessingPurpose.GUIDANCE,
                new Message("Verslag van uw intakegesprek vastgelegd door uw klantmanager",
                        "Report of your intake meeting written down by your case worker"));
        return new Intake(((Number) recorded.get("id")).longValue(), command.personId(), command.situation().strip(),
                command.wishes().strip(), command.supportNeeds().strip(), command.nextSteps().strip(),
                command.author().name(), ((Timestamp) recorded.get("recorded_at")).toInstant());
    }
}
