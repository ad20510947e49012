package nl.werkmotor.employerservice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The owner lets an employer go, so that a colleague can claim it; contacts and marks stay with the employer. */
@Component
class ReleasingEmployer {

    private final FindOwnership ownership;
    private final JdbcTemplate jdbc;

    ReleasingEmployer(FindOwnership ownership, JdbcTemplate jdbc) {
        this.ownership = ownership;
        this.jdbc = jdbc;
    }

    /** @throws OwnershipConflict when the employer is not the requester's */
    @Transactional
    public void release(ReleaseEmployerCommand command) {
        ownership.requireOwner(command.owner(), command.employerId());
        jdbc.update("delete from employer_owner where employer_id = ? and account_manager = ?", command.employerId(),
                command.owner().login());
    }
}
