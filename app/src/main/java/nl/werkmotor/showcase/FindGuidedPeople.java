package nl.werkmotor.showcase;

import nl.werkmotor.identity.CurrentUser;

/**
 * Port: whether a case worker guides a person (has them in their caseload). Implemented by the module that
 * owns caseloads, which may call this module; without an implementation no case worker decides for anyone.
 */
public interface FindGuidedPeople {

    boolean guides(CurrentUser caseWorker, long personId);
}
