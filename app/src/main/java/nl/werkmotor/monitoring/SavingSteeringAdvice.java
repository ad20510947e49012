package nl.werkmotor.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;

/**
 * Saves a steering advice, or a new version of one, with the figures it is based on: the period and the
 * same-length period before it, counted and suppressed now ({@link CountingPlacements}, as the dashboard shows them
 * to this analyst) and stored as they are, so that later placements change nothing of what the advice was based on.
 * The period, grouping and yearly mark belong to the advice; a new version changes its text and decision. A refused
 * one saves nothing.
 */
@Component
class SavingSteeringAdvice {

    private final JdbcTemplate jdbc;
    private final CountingPlacements counting;
    private final Clock clock;

    @Autowired
    SavingSteeringAdvice(JdbcTemplate jdbc, CountingPlacements counting) {
        this(jdbc, counting, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    SavingSteeringAdvice(JdbcTemplate jdbc, CountingPlacements counting, Clock clock) {
        this.jdbc = jdbc;
        this.counting = counting;
        this.clock = clock;
    }

    /** @throws Refusal with every reason */
    @Transactional
    long save(SteeringAnalyst.Analyst analyst, SteeringAdviceForm form) {
        SteeringAdvicePolicy.CheckedAdvice a = SteeringAdvicePolicy.check(form, LocalDate.now(clock));
        long id = jdbc.queryForObject("""
                insert into steering_advice (organisation_id, organisation_name, period_from, period_to, per, yearly,
                    created_by) values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, analyst.organisationId(),
                analyst.organisationName(), Date.valueOf(a.from().atDay(1)), Date.valueOf(a.to().atEndOfMonth()),
                a.per().parameter(), a.yearly(), analyst.login());
        version(id, 1, analyst, a);
        return id;
    }

    /**
     * A new version of the organisation's advice, its figures counted again now.
     *
     * @return the new version's number
     * @throws NoSuchSteeringAdvice when it is not the analyst's organisation's
     * @throws Refusal              with every reason
     */
    @Transactional
    int newVersion(SteeringAnalyst.Analyst analyst, long id, SteeringAdviceForm form) {
        Map<String, Object> advice = jdbc.queryForList("""
                select period_from, period_to, per, yearly from steering_advice where id = ? and organisation_id = ?
                for update""", id, analyst.organisationId()).stream().findFirst()
                .orElseThrow(() -> new NoSuchSteeringAdvice(id));
        SteeringAdviceForm fixed = new SteeringAdviceForm(
                YearMonth.from(((Date) advice.get("period_from")).toLocalDate()).toString(),
                YearMonth.from(((Date) advice.get("period_to")).toLocalDate()).toString(), (String) advice.get("per"),
                (Boolean) advice.get("yearly"), form.goed(), form.nietGoed(), form.veranderen(), form.wieWatWanneer(),
                form.evaluatieInhoud(), form.evaluatieProces(), form.evaluatieRelatie(), form.besluitDoor(),
                form.besluitOp());
        SteeringAdvicePolicy.CheckedAdvice a = SteeringAdvicePolicy.check(fixed, LocalDate.now(clock));
        int number = jdbc.queryForObject("select max(version) + 1 from steering_advice_version where advice_id = ?",
                Integer.class, id);
        version(id, number, analyst, a);
        return number;
    }

    private void version(long id, int number, SteeringAnalyst.Analyst analyst, SteeringAdvicePolicy.CheckedAdvice a) {
        SteeringAdviceParts p = a.parts();
        jdbc.update("""
                insert into steering_advice_version (advice_id, version, went_well, went_badly, we_change,
                    who_what_when, evaluation_content, evaluation_process, evaluation_relationship, decided_by,
                    decided_on, saved_by, saved_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, number,
                p.wentWell(), p.wentBadly(), p.weChange(), p.whoWhatWhen(), p.content(), p.process(),
                p.relationship(), a.decidedBy(), Date.valueOf(a.decidedOn()), analyst.login(), analyst.name());
        YearMonth[] earlier = SteeringAdvice.earlier(a.from(), a.to());
        snapshot(id, number, "THIS", MonitoringApi.answer(counting.count(a.from(), a.to(), a.per()),
                analyst.organisationId()));
        snapshot(id, number, "EARLIER", MonitoringApi.answer(counting.count(earlier[0], earlier[1], a.per()),
                analyst.organisationId()));
    }

    private void snapshot(long id, int number, String period, MonitoringApi.Plaatsingen figures) {
        MonitoringApi.Herkomst h = figures.herkomst();
        jdbc.update("""
                insert into steering_advice_figures (advice_id, version, period, month_from, month_to, per, source,
                    counted_to, how_counted) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, number, period, figures.van(),
                figures.tot(), figures.per(), h.bron(), Date.valueOf(h.geteldTot()), h.hoeGeteld());
        cells(id, number, period, -1, null, figures.regio());
        for (int i = 0; i < figures.rijen().size(); i++) {
            MonitoringApi.Rij row = figures.rijen().get(i);
            cells(id, number, period, i, row.sleutel(), row.cijfers());
        }
    }

    private void cells(long id, int number, String period, int position, String key,
                       Map<String, MonitoringApi.Cijfer> figures) {
        figures.forEach((measure, c) -> jdbc.update("""
                insert into steering_advice_cell (advice_id, version, period, position, row_key, measure, count, target,
                    suppressed) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, number, period, position, key, measure,
                c.onderdrukt() ? null : c.aantal(), c.doel(), c.onderdrukt()));
    }
}
