package nl.werkmotor.guidance;

import java.util.Optional;
import java.util.Set;

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
        return caseWorker().map(caseWorker -> caseload.contains(caseWorker, personId)).orElse(false);
    }

    @Override
    public Set<Long> people() {
        return caseWorker().map(caseload::personIds).orElse(Set.of());
    }

    private Optional<CaseWorker> caseWorker() {
        return users.current().filter(user -> user.role() == Role.KLANTMANAGER)
                .map(CaseWorker::of);
    }
}
