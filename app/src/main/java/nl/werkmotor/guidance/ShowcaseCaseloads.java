package nl.werkmotor.guidance;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.showcase.CaseloadMembership;

/** Tells the showcase whose introductions a case worker may see and decide: those of their own caseload. */
@Component
class ShowcaseCaseloads implements CaseloadMembership {

    private final FindCaseload caseload;

    ShowcaseCaseloads(FindCaseload caseload) {
        this.caseload = caseload;
    }

    @Override
    public boolean inCaseload(CurrentUser caseWorker, long personId) {
        return caseload.contains(new CaseWorker(caseWorker.username(), caseWorker.name(),
                caseWorker.organisation().id()), personId);
    }
}
