package nl.werkmotor.employerservice;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.taxonomy.Sector;

/** The owner marks their employer as a key account or not, and files it under a sector. */
@Component
class MarkingEmployer {

    private final FindOwnership ownership;
    private final JdbcTemplate jdbc;

    MarkingEmployer(FindOwnership ownership, JdbcTemplate jdbc) {
        this.ownership = ownership;
        this.jdbc = jdbc;
    }

    /**
     * @throws OwnershipConflict when the employer is not the requester's
     * @throws Refusal           when the sector is not one of the list
     */
    @Transactional
    public Mark mark(MarkEmployerCommand command) {
        ownership.requireOwner(command.owner(), command.employerId());
        String name = command.sector() == null ? "" : command.sector().strip();
        Optional<Sector> sector = Arrays.stream(Sector.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        if (!name.isEmpty() && sector.isEmpty()) {
            throw Refusal.of("sector", "Kies een sector uit de lijst.", "Choose a sector from the list.");
        }
        jdbc.update("""
                insert into employer_mark (employer_id, key_account, sector) values (?, ?, ?)
                on conflict (employer_id) do update set key_account = excluded.key_account, sector = excluded.sector""",
                command.employerId(), command.keyAccount(), sector.map(Enum::name).orElse(null));
        return new Mark(command.keyAccount(), sector.orElse(null));
    }
}
