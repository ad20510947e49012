package nl.werkmotor.guidance;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts people into a case worker's caseload. A person is in one caseload at most: assigning moves them
 * from the previous one.
 */
@Component
public class AssigningCaseload {

    private final JdbcTemplate jdbc;

    AssigningCaseload(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void assign(AssignCaseloadCommand command) {
        List<Object[]> rows = command.personIds().stream()
                .map(id -> new Object[] {id, command.caseWorker(), command.organisationId()}).toList();
        jdbc.batchUpdate("""
                insert into caseload (person_id, case_worker, organisation_id) values (?, ?, ?)
                on conflict (person_id) do update set case_worker = excluded.case_worker,
                    organisation_id = excluded.organisation_id, since = now()""", rows);
    }
}
