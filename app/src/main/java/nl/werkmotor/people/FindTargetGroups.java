package nl.werkmotor.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The region's shared list of target groups ({@code doelgroepen}), in its order: no personal data. Pages name a
 * person's groups through it ({@code ${@findTargetGroups.names(p.targetGroups, #locale)}}).
 */
@Component
public class FindTargetGroups {

    private static final String COLUMNS = "code, name_nl, name_en, description_nl, description_en, active, sort_order";

    private final JdbcTemplate jdbc;

    FindTargetGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group, the inactive ones too, in the list's order. */
    public List<TargetGroupDefinition> all() {
        return jdbc.query("select " + COLUMNS + " from target_group order by sort_order, code", FindTargetGroups::row);
    }

    /** The groups a person can be put in now. */
    public List<TargetGroupDefinition> active() {
        return all().stream().filter(TargetGroupDefinition::active).toList();
    }

    public Optional<TargetGroupDefinition> byCode(TargetGroup group) {
        return jdbc.query("select " + COLUMNS + " from target_group where code = ?", FindTargetGroups::row,
                group.code()).stream().findFirst();
    }

    /** The codes of the list, inactive ones too. */
    public Set<TargetGroup> codes() {
        return Set.copyOf(jdbc.queryForList("select code from target_group", String.class).stream()
                .map(TargetGroup::new).toList());
    }

    /** Every group's name in the language asked for, by code: for a page that names many people's groups. */
    public Map<TargetGroup, String> namesIn(Locale locale) {
        return all().stream().collect(Collectors.toMap(TargetGroupDefinition::group, d -> d.name(locale)));
    }

    /** The groups' names in the list's order, joined by commas; a code the list lacks as it is. */
    public String names(Collection<TargetGroup> groups, Locale locale) {
        List<TargetGroupDefinition> all = all();
        List<String> named = all.stream().filter(d -> groups.contains(d.group())).map(d -> d.name(locale)).toList();
        Set<TargetGroup> known = all.stream().map(TargetGroupDefinition::group).collect(Collectors.toSet());
        return String.join(", ", java.util.stream.Stream.concat(named.stream(),
                groups.stream().filter(g -> !known.contains(g)).sorted().map(TargetGroup::code)).toList());
    }

    /** The latest changes to the list, newest first. */
    public List<TargetGroupChange> changes(int limit) {
        return TargetGroupHistory.latest(jdbc, limit);
    }

    static TargetGroupDefinition row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TargetGroupDefinition(new TargetGroup(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getInt(7));
    }
}
