package nl.werkmotor.places;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Regions, and the postcode areas in them with their coordinates. */
@Component
public class FindPlaces {

    private static final RowMapper<Region> REGION = (rs, i) -> new Region(rs.getString("code"), rs.getString("name"));
    private static final RowMapper<Postcode4> POSTCODE = (rs, i) -> new Postcode4(rs.getString("code"),
            rs.getString("municipality_code"), rs.getDouble("lat"), rs.getDouble("lon"));
    /** With its centre, the mean of its PC4 areas where the CBS file gives none. */
    private static final String MUNICIPALITIES = """
            select m.code, m.name, m.region_code, coalesce(m.lat, avg(p.lat)), coalesce(m.lon, avg(p.lon))
            from municipality m left join postcode4 p on p.municipality_code = m.code
            """;
    private static final RowMapper<Municipality> MUNICIPALITY = (rs, i) -> new Municipality(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5));

    private final JdbcTemplate jdbc;

    FindPlaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when no places have been imported yet. */
    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from postcode4)", Boolean.class));
    }

    public List<Region> regions() {
        return jdbc.query("select code, name from region order by code", REGION);
    }

    public Optional<Region> region(String code) {
        return jdbc.query("select code, name from region where code = ?", REGION, code).stream().findFirst();
    }

    /** The arbeidsmarktregio a 4-digit postcode lies in. */
    public Optional<Region> regionOf(String postcode4) {
        return jdbc.query("""
                select r.code, r.name from postcode4 p
                join municipality m on m.code = p.municipality_code
                join region r on r.code = m.region_code
                where p.code = ?""", REGION, postcode4).stream().findFirst();
    }

    public List<Municipality> municipalitiesIn(String regionCode) {
        return jdbc.query(MUNICIPALITIES + "where m.region_code = ? group by m.code order by m.code", MUNICIPALITY,
                regionCode);
    }

    /** A municipality by its CBS code, e.g. GM0599. */
    public Optional<Municipality> municipality(String code) {
        return jdbc.query(MUNICIPALITIES + "where m.code = ? group by m.code", MUNICIPALITY, code).stream().findFirst();
    }

    /** The municipality a 4-digit postcode lies in. */
    public Optional<Municipality> municipalityOf(String postcode4) {
        return jdbc.query(MUNICIPALITIES + """
                where m.code = (select municipality_code from postcode4 where code = ?) group by m.code""",
                MUNICIPALITY, postcode4).stream().findFirst();
    }

    /** The postcode areas of a region, by code. */
    public List<Postcode4> postcodesIn(String regionCode) {
        return jdbc.query("""
                select p.code, p.municipality_code, p.lat, p.lon from postcode4 p
                join municipality m on m.code = p.municipality_code
                where m.region_code = ? order by p.code""", POSTCODE, regionCode);
    }

    /** A postcode area with its coordinates. */
    public Optional<Postcode4> postcode(String code) {
        return jdbc.query("select code, municipality_code, lat, lon from postcode4 where code = ?", POSTCODE, code)
                .stream().findFirst();
    }
}
