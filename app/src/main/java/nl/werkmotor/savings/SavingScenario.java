package nl.werkmotor.savings;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;

/**
 * Saves a scenario whose six steps are filled in, for the analyst's organisation, with who saved it and when. A
 * saved scenario is not changed afterwards: a new version is a copy ({@link CopyingScenario}).
 */
@Component
class SavingScenario {

    private final JdbcTemplate jdbc;

    SavingScenario(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record SaveScenarioCommand(PolicyAnalyst analyst, ScenarioContent content, Long copiedFrom) {
    }

    /** @throws Refusal naming the first field of each step not yet filled in */
    @Transactional
    long save(SaveScenarioCommand command) {
        ScenarioContent c = command.content();
        Refusal.Reasons reasons = new Refusal.Reasons();
        if (c.name() == null || c.problem() == null) {
            reasons.add("naam", "Vul stap 1 in: het probleem.", "Fill in step 1: the problem.");
        }
        if (c.intervention() == null) {
            reasons.add("interventie", "Vul stap 2 in: de interventie.", "Fill in step 2: the intervention.");
        }
        if (c.nullAlternative() == null) {
            reasons.add("nulalternatief", "Vul stap 3 in: het nulalternatief.", "Fill in step 3: the null alternative.");
        }
        if (c.horizonYears() == null) {
            reasons.add("tijdshorizon", "Vul stap 4 in: de tijdshorizon.", "Fill in step 4: the time horizon.");
        }
        if (c.costs().isEmpty()) {
            reasons.add("kosten[0].partner", "Vul stap 5 in: de kosten.", "Fill in step 5: the costs.");
        }
        if (c.benefitPayer() == null) {
            reasons.add("uitkeringsbetaler", "Vul stap 6 in: de baten.", "Fill in step 6: the benefits.");
        }
        reasons.refuseIfAny();
        PolicyAnalyst analyst = command.analyst();
        long id = jdbc.queryForObject("""
                insert into savings_scenario (organisation_id, organisation_name, name, problem, intervention,
                    null_alternative, horizon_years, benefit_payer, copied_from, saved_by, saved_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, analyst.organisationId(),
                analyst.organisationName(), c.name(), c.problem(), c.intervention(), c.nullAlternative(),
                c.horizonYears(), c.benefitPayer(), command.copiedFrom(), analyst.login(), analyst.name());
        for (AssumptionValue a : c.assumptions().values()) {
            jdbc.update("insert into savings_assumption (scenario_id, assumption, value, source) values (?, ?, ?, ?)",
                    id, a.assumption().name(), a.value(), a.source());
        }
        insert(id, "COST", c.costs());
        insert(id, "BENEFIT", c.benefits());
        return id;
    }

    private void insert(long id, String side, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            jdbc.update("""
                    insert into savings_line (scenario_id, side, position, partner, description, amount,
                        null_alternative, recurrence, per_person, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, side, i, l.partner(), l.description(), l.amount(), l.nullAlternative(), l.recurrence().name(),
                    l.perPerson(), l.kind() == null ? null : l.kind().name());
        }
    }
}
