package nl.werkmotor.employers;

import java.util.Set;

import nl.werkmotor.identity.CurrentUser;

/**
 * Port: whether a user advises an employer, so that they may change its vacancies and propose candidates
 * for them on its behalf (an account manager of the WSP who owns the employer in their portfolio).
 * Implemented by the module that keeps the portfolio, which may call this module; without an
 * implementation nobody acts for an employer but the employer.
 */
public interface EmployerAdvisers {

    boolean advises(CurrentUser user, long employerId);

    /**
     * Every employer {@link #advises} holds for, by id, found at once (not employer by employer): for a list of what
     * the user acts for, such as their placements. None for anyone else.
     */
    Set<Long> advisedBy(CurrentUser user);
}
