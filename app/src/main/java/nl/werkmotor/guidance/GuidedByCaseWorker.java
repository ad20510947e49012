package nl.werkmotor.guidance;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.showcase.FindGuidedPeople;

/**
 * Tells the showcase who guides whom: a klantmanager guides the people in their own caseload (their login,
 * their organisation), and only theirs are the introductions they see, and say yes or no to when the person
 * chose so.
 */
@Component
class GuidedByCaseWorker implements FindGuidedPeople {

    private final FindCaseload caseload;

    GuidedByCaseWorker(FindCaseload caseload) {
        this.caseload = caseload;
    }

    @Override
    public boolean guides(CurrentUser caseWorker, long personId) {
        if (caseWorker.role() != Role.KLANTMANAGER) {
            return false;
        }
        return caseload.contains(CaseWorker.of(caseWorker), personId);
    }

    @Override
    public Set<Long> guidedBy(CurrentUser caseWorker) {
        return caseWorker.role() == Role.KLANTMANAGER ? caseload.personIds(CaseWorker.of(caseWorker)) : Set.of();
    }
}
