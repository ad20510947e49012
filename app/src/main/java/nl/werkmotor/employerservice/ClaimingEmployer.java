package nl.werkmotor.employerservice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;

/**
 * An account manager becomes the one owner of an employer of the region their organisation serves. The primary
 * key on the employer decides a race: of two claims at once, the second insert waits for the first to commit and
 * then inserts nothing, so it reads the winner and is refused with their name. Claiming one's own employer again
 * changes nothing.
 */
@Component
class ClaimingEmployer {

    private final FindEmployers employers;
    private final FindOwnership ownership;
    private final RegionOfEmployer regions;
    private final JdbcTemplate jdbc;

    ClaimingEmployer(FindEmployers employers, FindOwnership ownership, RegionOfEmployer regions, JdbcTemplate jdbc) {
        this.employers = employers;
        this.ownership = ownership;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /**
     * @throws NoSuchEmployer    when there is no such employer
     * @throws OwnershipConflict when another account manager owns it
     * @throws OutsideRegion     when the employer lies outside the region the claimant's organisation serves
     */
    @Transactional
    public Ownership claim(ClaimEmployerCommand command) {
        Employer employer = employers.byId(command.employerId())
                .orElseThrow(() -> new NoSuchEmployer(command.employerId()));
        AccountManager claimant = command.claimant();
        regions.requireServed(claimant.regionCode(), employer);
        long id = employer.id();
        jdbc.update("""
                insert into employer_owner (employer_id, account_manager, owner_name, organisation_id) values (?, ?, ?, ?)
                on conflict (employer_id) do nothing""", id, claimant.login(), claimant.name(), claimant.organisationId());
        return ownership.requireOwner(claimant, id);
    }
}
