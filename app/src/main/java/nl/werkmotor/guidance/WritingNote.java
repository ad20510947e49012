package nl.werkmotor.guidance;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/** Writes a note about a person in the writer's caseload; a note without a purpose from the list is refused. */
@Component
class WritingNote {

    static final int MAX_TEXT = 4_000;

    private final FindCaseload caseload;
    private final JdbcTemplate jdbc;
    private final RecordingProcessing processing;

    WritingNote(FindCaseload caseload, JdbcTemplate jdbc, RecordingProcessing processing) {
        this.caseload = caseload;
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /**
     * @throws NotInCaseload when the person is not in the writer's caseload
     * @throws Refusal       naming every field to fix
     */
    @Transactional
    public Note write(WriteNoteCommand command) {
        caseload.member(command.author(), command.personId());
        Refusal.Reasons reasons = new Refusal.Reasons();
        Optional<NotePurpose> purpose = purpose(command.purpose());
        if (purpose.isEmpty()) {
            reasons.add("doel", "Kies waarvoor de notitie is: " + choices() + ".",
                    "Choose what the note is for: " + choices() + ".");
        }
        reasons.text("tekst", command.text(), MAX_TEXT, "de tekst", "the text").refuseIfAny();
        String text = command.text().strip();
        var written = jdbc.queryForMap("""
                insert into guidance_note (person_id, purpose, text, author, author_name) values (?, ?, ?, ?, ?)
                returning id, written_at""", command.personId(), purpose.orElseThrow().name(), text,
                command.author().login(), command.author().name());
        processing.record(command.personId(), Operation.CREATE, purpose.orElseThrow().processing(),
                new Message("Notitie over u geschreven door uw klantmanager", "Note about you written by your case worker"));
        return new Note(((Number) written.get("id")).longValue(), command.personId(), purpose.orElseThrow(), text,
                command.author().name(), ((Timestamp) written.get("written_at")).toInstant());
    }

    private static Optional<NotePurpose> purpose(String name) {
        return Arrays.stream(NotePurpose.values()).filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }

    private static String choices() {
        return String.join(", ", Arrays.stream(NotePurpose.values()).map(Enum::name).toList());
    }
}
