package nl.werkmotor.people;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Binds a login (a user name, or the OIDC subject in production) to the person it belongs to, so that
 * signing in shows them their own profile. A login belongs to one person only.
 */
@Component
public class LinkingAccount {

    private final JdbcTemplate jdbc;

    LinkingAccount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @throws IllegalArgumentException when there is no such person
     * @throws DuplicateKeyException    when the login already belongs to someone else
     */
    public void link(long personId, String account) {
        if (jdbc.update("update person set account = ? where id = ?", account, personId) == 0) {
            throw new IllegalArgumentException("No person " + personId);
        }
    }
}
