package nl.werkmotor.sectorplans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.partners.FindPartners;
import nl.werkmotor.partners.Partner;
import nl.werkmotor.taxonomy.Sector;

/**
 * The region's sectors with their adopting organisation and sectortrekker, and the versions of their plans, newest
 * last. Organisation names come from the partners module where it has the organisation. No personal data (the
 * sectortrekker is named as the partners agreed, as on the region's own published sector plans).
 */
@Component
public class FindSectorPlans {

    private final JdbcTemplate jdbc;
    private final FindPartners partners;

    FindSectorPlans(JdbcTemplate jdbc, FindPartners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    public List<AdoptedSector> sectors() {
        Map<String, String> names = organisationNames();
        return jdbc.query("""
                select s.code, s.name_nl, s.name_en, s.adopting_organisation_id, s.adopting_organisation_name,
                       s.trekker_name, s.trekker_organisation_id, s.trekker_organisation,
                       coalesce((select string_agg(m.sbi_sector, ',' order by m.sbi_sector)
                                 from region_sector_section m where m.sector_code = s.code), '')
                from region_sector s order by s.sort_order, s.code
                """, (rs, i) -> new AdoptedSector(rs.getString(1), rs.getString(2), rs.getString(3),
                sections(rs.getString(9)), rs.getString(4), names.getOrDefault(rs.getString(4), rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getString(7) == null ? null
                : names.getOrDefault(rs.getString(7), rs.getString(8))));
    }

    public Optional<AdoptedSector> sector(String code) {
        return sectors().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The plan as last saved. */
    public Optional<SectorPlan> current(String code) {
        List<SectorPlan> all = versions(code);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** Every version of the sector's plan, the first first. */
    public List<SectorPlan> versions(String code) {
        return plans("where v.sector_code = ?", code);
    }

    /** The current plan of every sector, by sector code. */
    public Map<String, SectorPlan> currentPlans() {
        Map<String, SectorPlan> plans = new HashMap<>();
        plans("where v.version = (select max(w.version) from sector_plan_version w where w.sector_code = v.sector_code)")
                .forEach(p -> plans.put(p.sectorCode(), p));
        return plans;
    }

    /** The changes of a sector's adopting organisation and sectortrekker, newest first. */
    public List<SectorChange> changes(String code) {
        return jdbc.query("""
                select sector_code, what, changed_by, changed_at from region_sector_change where sector_code = ?
                order by changed_at desc, id desc""", (rs, i) -> new SectorChange(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant()), code);
    }

    /** The name of an organisation as the partners module has it, or empty. */
    public Optional<String> organisationName(String organisationId) {
        return partners.byOrganisation(organisationId).map(Partner::name);
    }

    /** The region's partner organisations by id, with their names. */
    public Map<String, String> organisationNames() {
        Map<String, String> names = new HashMap<>();
        partners.all().forEach(p -> names.put(p.organisationId(), p.name()));
        return names;
    }

    private List<SectorPlan> plans(String where, Object... values) {
        record Row(long id, SectorPlan plan) {
        }
        List<Row> rows = jdbc.query("""
                select v.id, v.sector_code, v.version, v.analysis_text, v.local_placements, v.regional_placements,
                       v.monitoring, v.saved_by, v.saved_by_name, v.saved_at,
                       coalesce((select string_agg(k.employer_id::text, ',' order by k.position)
                                 from sector_plan_key_account k where k.version_id = v.id), '')
                from sector_plan_version v %s order by v.sector_code, v.version""".formatted(where),
                (rs, i) -> new Row(rs.getLong(1), new SectorPlan(rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), ids(rs.getString(11)), List.of(), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant())), values);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SectorProject>> projects = new HashMap<>();
        jdbc.query("""
                select version_id, name, partners, goal, starts_on, ends_on from sector_plan_project
                where version_id = any(?::bigint[]) order by version_id, position""", rs -> {
            projects.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new SectorProject(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class)));
        }, (Object) rows.stream().map(Row::id).toArray(Long[]::new));
        return rows.stream().map(r -> {
            SectorPlan p = r.plan();
            return new SectorPlan(p.sectorCode(), p.version(), p.analysisText(), p.localPlacements(),
                    p.regionalPlacements(), p.keyAccounts(), projects.getOrDefault(r.id(), List.of()), p.monitoring(),
                    p.savedBy(), p.savedByName(), p.savedAt());
        }).toList();
    }

    private static List<Long> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }

    private static List<Sector> sections(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Sector::valueOf).toList();
    }
}
