package nl.werkmotor.employers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Binds an organisation of the identity module (whose staff sign in with it) to the employer it is,
 * so that an employer's recruiter sees that employer's vacancies. One organisation is one employer.
 */
@Component
public class LinkingOrganisation {

    private final JdbcTemplate jdbc;

    LinkingOrganisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @throws IllegalArgumentException when there is no such employer
     * @throws DuplicateKeyException    when the organisation is already bound to another employer
     */
    public void link(long employerId, String organisationId) {
        if (jdbc.update("update employer set organisation_id = ? where id = ?", organisationId, employerId) == 0) {
            throw new IllegalArgumentException("No employer " + employerId);
        }
    }
}
