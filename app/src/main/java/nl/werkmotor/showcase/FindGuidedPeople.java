package nl.werkmotor.showcase;

import java.util.Set;

import nl.werkmotor.identity.CurrentUser;

/**
 * Port: whom a case worker guides (has in their caseload). Implemented by the module that owns caseloads,
 * which may call this module; without an implementation no case worker sees or decides anyone's introductions.
 */
public interface FindGuidedPeople {

    boolean guides(CurrentUser caseWorker, long personId);

    /** The ids of everyone the case worker guides; none for anyone else. */
    Set<Long> guidedBy(CurrentUser caseWorker);
}
