package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** All occupations of the current taxonomy with their essential and optional skills. */
@Component
public class FindOccupationProfiles {

    private final JdbcTemplate jdbc;

    FindOccupationProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OccupationProfile> all() {
        record Row(String uri, String isco, String en, String nl, List<String> essential, List<String> optional) {
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query("select uri, isco_code, label_en, label_nl from occupation order by uri", rs -> {
            rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    new ArrayList<>(), new ArrayList<>()));
        });
        jdbc.query("select occupation_uri, skill_uri, relation from occupation_skill order by occupation_uri, skill_uri",
                rs -> {
                    Row row = rows.get(rs.getString(1));
                    if (row != null) {
                        ("essential".equals(rs.getString(3)) ? row.essential() : row.optional()).add(rs.getString(2));
                    }
                });
        return rows.values().stream()
                .map(r -> new OccupationProfile(r.uri(), r.isco(), r.en(), r.nl(), r.essential(), r.optional()))
                .toList();
    }
}
