package nl.werkmotor.guidance;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.showcase.FindGuidedPeople;

/**
 * Tells the showcase who guides whom: a klantmanager guides the people in their own caseload (their login,
 * their organisation), and only those may they say yes or no to an introduction for, when the person chose so.
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
        try {
            caseload.member(new CaseWorker(caseWorker.username(), caseWorker.name(), caseWorker.organisation().id()),
                    personId);
            return true;
        } catch (NotInCaseload notTheirs) {
            return false;
        }
    }
}
