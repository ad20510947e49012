package nl.werkmotor.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's steering advice: all of it (the newest period first), those whose period overlaps some months,
 * and one with every version and the figures each was based on, read back from the snapshot as it was saved.
 */
@Component
class FindSteeringAdvice {

    private final JdbcTemplate jdbc;

    FindSteeringAdvice(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<SteeringAdvice> of(String organisationId) {
        return jdbc.queryForList("""
                select id from steering_advice where organisation_id = ? order by period_to desc, period_from desc,
                id desc""", Long.class, organisationId).stream().map(this::load).toList();
    }

    /** The organisation's advice whose period overlaps from–to. */
    @Transactional(readOnly = true)
    List<SteeringAdvice> overlapping(String organisationId, YearMonth from, YearMonth to) {
        return jdbc.queryForList("""
                select id from steering_advice where organisation_id = ? and period_from <= ? and period_to >= ?
                order by period_from, id""", Long.class, organisationId, java.sql.Date.valueOf(to.atEndOfMonth()),
                java.sql.Date.valueOf(from.atDay(1))).stream().map(this::load).toList();
    }

    /** @throws NoSuchSteeringAdvice when there is none of this organisation */
    @Transactional(readOnly = true)
    SteeringAdvice of(String organisationId, long id) {
        Boolean own = jdbc.query("select organisation_id = ? from steering_advice where id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, organisationId, id);
        if (!Boolean.TRUE.equals(own)) {
            throw new NoSuchSteeringAdvice(id);
        }
        return load(id);
    }

    private SteeringAdvice load(long id) {
        Map<Integer, Map<String, MonitoringApi.Plaatsingen>> figures = figures(id);
        List<SteeringAdviceVersion> versions = jdbc.query("""
                select * from steering_advice_version where advice_id = ? order by version""", (rs, n) -> {
            int number = rs.getInt("version");
            return new SteeringAdviceVersion(number, new SteeringAdviceParts(rs.getString("went_well"),
                    rs.getString("went_badly"), rs.getString("we_change"), rs.getString("who_what_when"),
                    rs.getString("evaluation_content"), rs.getString("evaluation_process"),
                    rs.getString("evaluation_relationship")), rs.getString("decided_by"),
                    rs.getDate("decided_on").toLocalDate(), rs.getString("saved_by"), rs.getString("saved_by_name"),
                    rs.getTimestamp("saved_at").toInstant(), figures.get(number).get("THIS"),
                    figures.get(number).get("EARLIER"));
        }, id);
        return jdbc.queryForObject("select * from steering_advice where id = ?", (rs, n) -> new SteeringAdvice(
                rs.getLong("id"), rs.getString("organisation_id"), rs.getString("organisation_name"),
                YearMonth.from(rs.getDate("period_from").toLocalDate()),
                YearMonth.from(rs.getDate("period_to").toLocalDate()), Per.ofParameter(rs.getString("per")).orElseThrow(),
                rs.getBoolean("yearly"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                versions), id);
    }

    /** Version → THIS/EARLIER → the figures, rows in their saved order, measures in the order of {@link Measure}. */
    private Map<Integer, Map<String, MonitoringApi.Plaatsingen>> figures(long id) {
        Map<String, Map<Integer, Map<String, MonitoringApi.Cijfer>>> rows = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        jdbc.query("select * from steering_advice_cell where advice_id = ? order by version, period, position", rs -> {
            String at = rs.getInt("version") + "/" + rs.getString("period");
            int position = rs.getInt("position");
            rows.computeIfAbsent(at, k -> new java.util.TreeMap<>()).computeIfAbsent(position, k -> new HashMap<>())
                    .put(rs.getString("measure"), cell(rs));
            keys.put(at + "/" + position, rs.getString("row_key"));
        }, id);
        Map<Integer, Map<String, MonitoringApi.Plaatsingen>> all = new HashMap<>();
        jdbc.query("select * from steering_advice_figures where advice_id = ?", rs -> {
            String at = rs.getInt("version") + "/" + rs.getString("period");
            Map<Integer, Map<String, MonitoringApi.Cijfer>> cells = rows.getOrDefault(at, Map.of());
            List<MonitoringApi.Rij> rijen = new ArrayList<>();
            cells.forEach((position, measures) -> {
                if (position >= 0) {
                    rijen.add(new MonitoringApi.Rij(keys.get(at + "/" + position), ordered(measures)));
                }
            });
            all.computeIfAbsent(rs.getInt("version"), k -> new HashMap<>()).put(rs.getString("period"),
                    new MonitoringApi.Plaatsingen(rs.getString("month_from"), rs.getString("month_to"),
                            rs.getString("per"), rijen, ordered(cells.getOrDefault(-1, Map.of())),
                            new MonitoringApi.Herkomst(rs.getString("source"), rs.getDate("counted_to").toLocalDate(),
                                    rs.getString("how_counted"))));
        }, id);
        return all;
    }

    private static Map<String, MonitoringApi.Cijfer> ordered(Map<String, MonitoringApi.Cijfer> measures) {
        Map<String, MonitoringApi.Cijfer> ordered = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            if (measures.containsKey(m.field())) {
                ordered.put(m.field(), measures.get(m.field()));
            }
        }
        return ordered;
    }

    private static MonitoringApi.Cijfer cell(ResultSet rs) throws SQLException {
        Long count = rs.getObject("count", Long.class);
        Long target = rs.getObject("target", Long.class);
        return new MonitoringApi.Cijfer(count, target, rs.getBoolean("suppressed"));
    }
}
