package nl.werkmotor.matching;

import java.util.Set;

/**
 * Whether the signed-in professional may see matching answers about one person (the vacancies that fit
 * them, their skill gaps, their place among a vacancy's candidates). Consent first: nobody outside the
 * person's own case worker, unless a module that knows the relation says so. The guidance module answers (its
 * caseload); matching cannot ask it directly, as guidance calls matching.
 */
public interface AccessToPerson {

    boolean allows(long personId);

    /** Everyone {@link #allows} holds for, by id only: the signed-in case worker's caseload; none for anyone else. */
    Set<Long> people();
}
