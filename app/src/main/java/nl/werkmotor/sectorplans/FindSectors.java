package nl.werkmotor.sectorplans;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.Sector;

/** The region's sectors, in their order, and the one an SBI section belongs to. No personal data. */
@Component
public class FindSectors {

    private final JdbcTemplate jdbc;

    FindSectors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionSector> all() {
        return jdbc.query("""
                select s.code, s.name_nl, s.name_en, s.adopting_organisation_id,
                       coalesce((select string_agg(m.sbi_sector, ',' order by m.sbi_sector)
                                 from region_sector_section m where m.sector_code = s.code), '')
                from region_sector s order by s.sort_order, s.code
                """, (rs, i) -> new RegionSector(rs.getString(1), rs.getString(2), rs.getString(3),
                sectors(rs.getString(5)), rs.getString(4)));
    }

    public Optional<RegionSector> byCode(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The region sector of an SBI section, or empty when the region files it under none. */
    public Optional<RegionSector> sectorOf(Sector sbiSector) {
        return all().stream().filter(s -> s.sbiSections().contains(sbiSector)).findFirst();
    }

    /**
     * The region sector of an SBI section named as {@link Sector}'s constant ("CONSTRUCTION") or by its letter
     * ("F"); empty for a name that is neither, or a section the region files under no sector.
     */
    public Optional<RegionSector> sectorOf(String sbiSectorName) {
        if (sbiSectorName == null) {
            return Optional.empty();
        }
        String name = sbiSectorName.strip();
        return Arrays.stream(Sector.values())
                .filter(s -> s.name().equalsIgnoreCase(name) || s.sbiSection().equalsIgnoreCase(name))
                .findFirst().flatMap(this::sectorOf);
    }

    private static List<Sector> sectors(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Sector::valueOf).toList();
    }
}
