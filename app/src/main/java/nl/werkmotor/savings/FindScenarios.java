package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The scenarios an organisation sees: its own, newest first, and the blueprint's example. */
@Component
class FindScenarios {

    private static final String COLUMNS = """
            select id, organisation_id, organisation_name, name, problem, intervention, null_alternative, horizon_years,
                   benefit_payer, example, copied_from, saved_by, saved_by_name, saved_at from savings_scenario""";

    private final JdbcTemplate jdbc;

    FindScenarios(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The examples first, then the organisation's own, newest first. */
    @Transactional(readOnly = true)
    List<Scenario> visibleTo(String organisationId) {
        List<Long> ids = jdbc.queryForList("""
                select id from savings_scenario where example or organisation_id = ?
                order by example desc, saved_at desc, id desc""", Long.class, organisationId);
        return ids.stream().map(this::load).toList();
    }

    /** @throws NoSuchScenario when there is none, or it is another organisation's */
    @Transactional(readOnly = true)
    Scenario visibleTo(String organisationId, long id) {
        Boolean visible = jdbc.query("select example or organisation_id = ? from savings_scenario where id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, organisationId, id);
        if (!Boolean.TRUE.equals(visible)) {
            throw new NoSuchScenario(id);
        }
        return load(id);
    }

    private Scenario load(long id) {
        Map<Assumption, AssumptionValue> assumptions = new EnumMap<>(Assumption.class);
        jdbc.query("select assumption, value, source from savings_assumption where scenario_id = ?", rs -> {
            Assumption a = Assumption.valueOf(rs.getString("assumption"));
            assumptions.put(a, new AssumptionValue(a, rs.getBigDecimal("value").stripTrailingZeros(),
                    rs.getString("source")));
        }, id);
        List<Line> costs = new ArrayList<>();
        List<Line> benefits = new ArrayList<>();
        jdbc.query("select * from savings_line where scenario_id = ? order by side, position", rs -> {
            (rs.getString("side").equals("COST") ? costs : benefits).add(line(rs));
        }, id);
        return jdbc.queryForObject(COLUMNS + " where id = ?", (rs, n) -> new Scenario(rs.getLong("id"),
                new ScenarioContent(rs.getString("name"), rs.getString("problem"), rs.getString("intervention"),
                        rs.getString("null_alternative"), rs.getInt("horizon_years"), rs.getString("benefit_payer"),
                        assumptions, costs, benefits),
                rs.getString("organisation_id"), rs.getString("organisation_name"), rs.getBoolean("example"),
                rs.getObject("copied_from", Long.class), rs.getString("saved_by"), rs.getString("saved_by_name"),
                rs.getTimestamp("saved_at").toInstant()), id);
    }

    private static Line line(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        return new Line(rs.getString("partner"), rs.getString("description"), amount(rs, "amount"),
                amount(rs, "null_alternative"), Recurrence.valueOf(rs.getString("recurrence")),
                rs.getBoolean("per_person"), kind == null ? null : BenefitKind.valueOf(kind));
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
