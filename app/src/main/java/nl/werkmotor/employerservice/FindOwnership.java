package nl.werkmotor.employerservice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.EmployerAdvisers;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.Sector;

/**
 * Who owns which employers, and how they are marked. Answers the employers module's port too: an account
 * manager acts for an employer (changes its vacancies, proposes candidates, follows its introductions) only while
 * they own it, in the region their organisation serves; a colleague of the region may read it, not act for it.
 */
@Component
class FindOwnership implements EmployerAdvisers {

    private static final String OWNER =
            "select employer_id, account_manager, owner_name, organisation_id, claimed_at from employer_owner ";

    private final JdbcTemplate jdbc;
    private final FindEmployers employers;
    private final RegionOfEmployer regions;

    FindOwnership(JdbcTemplate jdbc, FindEmployers employers, RegionOfEmployer regions) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.regions = regions;
    }

    Optional<Ownership> of(long employerId) {
        return jdbc.query(OWNER + "where employer_id = ?", FindOwnership::ownership, employerId).stream().findFirst();
    }

    /** The employers this account manager owns, longest owned first. */
    List<Ownership> ownedBy(AccountManager accountManager) {
        return jdbc.query(OWNER + "where account_manager = ? order by claimed_at, employer_id", FindOwnership::ownership,
                accountManager.login());
    }

    Map<Long, Ownership> of(Collection<Long> employerIds) {
        Map<Long, Ownership> owners = new HashMap<>();
        jdbc.query(OWNER + "where employer_id = any(?)", rs -> {
            owners.put(rs.getLong(1), ownership(rs, 0));
        }, (Object) employerIds.toArray(Long[]::new));
        return owners;
    }

    Map<Long, Mark> marks(Collection<Long> employerIds) {
        Map<Long, Mark> marks = new HashMap<>();
        jdbc.query("select employer_id, key_account, sector from employer_mark where employer_id = any(?)", rs -> {
            marks.put(rs.getLong(1), new Mark(rs.getBoolean(2),
                    rs.getString(3) == null ? null : Sector.valueOf(rs.getString(3))));
        }, (Object) employerIds.toArray(Long[]::new));
        return marks;
    }

    /**
     * @return the ownership, when it is this account manager's
     * @throws OwnershipConflict when the employer is someone else's or nobody's
     */
    Ownership requireOwner(AccountManager accountManager, long employerId) {
        Optional<Ownership> owner = of(employerId);
        return owner.filter(o -> o.ownedBy(accountManager)).orElseThrow(() -> new OwnershipConflict(owner));
    }

    /**
     * While they own it now, for the organisation they sign in for, and that organisation serves the employer's
     * region: a release, a move to another organisation or an employer of another region ends their acting for it.
     */
    @Override
    public boolean advises(CurrentUser user, long employerId) {
        return user.role() == Role.ACCOUNTMANAGER
                && of(employerId).filter(o -> o.accountManager().equals(user.username())
                        && o.organisationId().equals(user.organisation().id())).isPresent()
                && employers.byId(employerId).filter(e -> regions.serves(user.organisation().regionCode(), e))
                        .isPresent();
    }

    /** One query on the portfolio, then the region of each employer owned (a portfolio, not the register). */
    @Override
    public Set<Long> advisedBy(CurrentUser user) {
        if (user.role() != Role.ACCOUNTMANAGER) {
            return Set.of();
        }
        return jdbc.queryForList("select employer_id from employer_owner where account_manager = ? and organisation_id = ?",
                        Long.class, user.username(), user.organisation().id()).stream()
                .filter(id -> employers.byId(id).filter(e -> regions.serves(user.organisation().regionCode(), e))
                        .isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Ownership ownership(ResultSet rs, int row) throws SQLException {
        return new Ownership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
