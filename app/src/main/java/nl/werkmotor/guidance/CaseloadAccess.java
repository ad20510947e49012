package nl.werkmotor.guidance;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.matching.AccessToPerson;

/** Matching answers about a person are for their own case worker only: the caseload decides. */
@Component
class CaseloadAccess implements AccessToPerson {

    private final FindCurrentUser users;
    private final FindCaseload caseload;

    CaseloadAccess(FindCurrentUser users, FindCaseload caseload) {
        this.users = users;
        this.caseload = caseload;
    }

    @Override
    public boolean allows(long personId) {
        return users.current().filter(user -> user.role() == Role.KLANTMANAGER)
                .map(user -> caseload.contains(new CaseWorker(user.username(), user.name(), user.organisation().id()), personId))
                .orElse(false);
    }
}
