package nl.werkmotor.guidance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's intakes, notes and vacancy proposals, newest first, and whose caseload they are in. The caller has
 * checked the caseload, or is the person (their data export).
 */
@Component
class FindGuidanceRecords {

    private final JdbcTemplate jdbc;

    FindGuidanceRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose caseload the person is in: the case worker's login and organisation, and since when. */
    record CaseloadPlace(String caseWorker, String organisationId, Instant since) {
    }

    Optional<CaseloadPlace> caseloadOf(long personId) {
        return jdbc.query("select case_worker, organisation_id, since from caseload where person_id = ?",
                (rs, i) -> new CaseloadPlace(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                personId).stream().findFirst();
    }

    List<Note> notes(long personId) {
        return jdbc.query("""
                select id, person_id, purpose, text, author_name, written_at from guidance_note
                where person_id = ? order by written_at desc, id desc""",
                (rs, i) -> new Note(rs.getLong(1), rs.getLong(2), NotePurpose.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), personId);
    }

    List<Intake> intakes(long personId) {
        return jdbc.query("""
                select id, person_id, situation, wishes, support_needs, next_steps, author_name, recorded_at from intake
                where person_id = ? order by recorded_at desc, id desc""",
                (rs, i) -> new Intake(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()), personId);
    }

    List<VacancyProposal> proposals(long personId) {
        return jdbc.query("""
                select id, person_id, vacancy_id, vacancy_title, author_name, proposed_at, outcome from vacancy_proposal
                where person_id = ? order by proposed_at desc, id desc""",
                (rs, i) -> new VacancyProposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7) == null ? null : ProposalOutcome.valueOf(rs.getString(7))), personId);
    }
}
