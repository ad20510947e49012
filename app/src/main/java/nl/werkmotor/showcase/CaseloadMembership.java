package nl.werkmotor.showcase;

import nl.werkmotor.identity.CurrentUser;

/**
 * Port: whether a person is in this case worker's caseload. A case worker sees and decides an introduction
 * only for a person who chose so and whom they guide; the guidance module, which owns the caseloads,
 * implements it (so the dependency runs guidance → showcase, not both ways).
 */
public interface CaseloadMembership {

    boolean inCaseload(CurrentUser caseWorker, long personId);
}
