package nl.werkmotor.guidance;

import java.util.List;

/**
 * Puts people into a case worker's caseload.
 *
 * @param caseWorker     the klantmanager's login name
 * @param organisationId the organisation they act for (identity's id, e.g. "gemeente-lindeveen")
 */
public record AssignCaseloadCommand(String caseWorker, String organisationId, List<Long> personIds) {

    public AssignCaseloadCommand {
        personIds = List.copyOf(personIds);
    }
}
