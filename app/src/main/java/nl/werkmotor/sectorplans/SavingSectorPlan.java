package nl.werkmotor.sectorplans;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.platform.Refusal;

/**
 * The adopting organisation's account manager or beleidsmedewerker, or the beheerder, saves a sector's plan: a new
 * version beside the earlier ones (none is overwritten), with who saved it. A refused form saves nothing.
 */
@Component
public class SavingSectorPlan {

    private final JdbcTemplate jdbc;
    private final FindSectorPlans plans;
    private final FindEmployers employers;

    SavingSectorPlan(JdbcTemplate jdbc, FindSectorPlans plans, FindEmployers employers) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.employers = employers;
    }

    /**
     * @throws SectorNotFound when no sector has the code
     * @throws NotAllowed     when the user may not save this sector's plan
     * @throws Refusal        naming every field to fix; nothing is saved
     */
    @Transactional
    public SectorPlan save(SaveSectorPlan command) {
        AdoptedSector sector = plans.sector(command.sectorCode())
                .orElseThrow(() -> new SectorNotFound(command.sectorCode()));
        SectorPlanPolicy.whySaveRefused(command.savedBy(), sector).ifPresent(reason -> {
            throw new NotAllowed(reason);
        });
        SectorPlanCheck.Checked plan = SectorPlanCheck.check(command.form(), id -> employers.byId(id).isPresent());
        // one save of a sector at a time: the next version number is the last one's plus one
        jdbc.queryForObject("select code from region_sector where code = ? for update", String.class, sector.code());
        Integer last = jdbc.queryForObject("select max(version) from sector_plan_version where sector_code = ?",
                Integer.class, sector.code());
        int version = last == null ? 1 : last + 1;
        write(jdbc, sector.code(), version, plan, command.savedBy().username(), command.savedBy().name());
        return plans.current(sector.code()).orElseThrow();
    }

    static void write(JdbcTemplate jdbc, String sectorCode, int version, SectorPlanCheck.Checked plan, String login,
                      String name) {
        Long id = jdbc.queryForObject("""
                insert into sector_plan_version (sector_code, version, analysis_text, local_placements,
                    regional_placements, monitoring, saved_by, saved_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, sectorCode, version, plan.analysisText(),
                plan.localPlacements(), plan.regionalPlacements(), plan.monitoring(), login, name);
        for (int i = 0; i < plan.keyAccounts().size(); i++) {
            jdbc.update("insert into sector_plan_key_account (version_id, position, employer_id) values (?, ?, ?)",
                    id, i, plan.keyAccounts().get(i));
        }
        for (int i = 0; i < plan.projects().size(); i++) {
            SectorProject p = plan.projects().get(i);
            jdbc.update("""
                    insert into sector_plan_project (version_id, position, name, partners, goal, starts_on, ends_on)
                    values (?, ?, ?, ?, ?, ?, ?)""", id, i, p.name(), p.partners(), p.goal(), p.startsOn(), p.endsOn());
        }
    }
}
