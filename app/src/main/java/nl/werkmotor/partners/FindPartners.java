package nl.werkmotor.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.web.ApiProblem.Message;

/**
 * The region's partner organisations, by kind and name: no personal data. For the monitoring's figures per
 * organisation ({@link #byOrganisation}), per municipality ({@link #municipalities}, with inhabitants) and per WSP
 * location ({@link #wspLocationServing}).
 */
@Component
public class FindPartners {

    private static final String ORDER = "order by case kind when 'MUNICIPALITY' then 1 when 'UWV' then 2 when 'WSP' "
            + "then 3 when 'SCHOOL' then 4 else 5 end, name, id";

    private final JdbcTemplate jdbc;

    FindPartners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every partner, those that no longer take part too: municipalities first, then UWV, WSPs, schools, social. */
    public List<Partner> all() {
        return partners("", ORDER);
    }

    public Optional<Partner> byId(long id) {
        return partners("where id = ?", "", id).stream().findFirst();
    }

    /** The partner an organisation of a login is, e.g. "gemeente-lindeveen"; empty for one that is no partner. */
    public Optional<Partner> byOrganisation(String organisationId) {
        return partners("where organisation_id = ?", "", organisationId).stream().findFirst();
    }

    /** The municipalities among the partners, by name, with their inhabitants. */
    public List<MunicipalityPartner> municipalities() {
        return all().stream().filter(p -> p.kind() == PartnerKind.MUNICIPALITY)
                .sorted(Comparator.comparing(Partner::name))
                .map(p -> new MunicipalityPartner(p.municipalityCode(), p.name(), p.organisationId(), p.inhabitants()))
                .toList();
    }

    /**
     * The WSP location that serves a municipality (CBS code, e.g. GM0599), among the WSPs that take part now, else
     * the one that served it last; empty when none does.
     */
    public Optional<WspLocationServing> wspLocationServing(String municipalityCode) {
        return partners("where kind = 'WSP'", "order by active_to desc nulls first, id").stream()
                .flatMap(p -> p.locationServing(municipalityCode).map(l -> new WspLocationServing(p, l)).stream())
                .findFirst();
    }

    /** The latest changes, newest first. */
    public List<PartnerChange> changes(int limit) {
        return jdbc.query("""
                select partner_id, changed_at, changed_by, description_nl, description_en from partner_change
                order by changed_at desc, id desc limit ?""", FindPartners::change, limit);
    }

    /** The changes of one partner, newest first. */
    public List<PartnerChange> changesOf(long partnerId) {
        return jdbc.query("""
                select partner_id, changed_at, changed_by, description_nl, description_en from partner_change
                where partner_id = ? order by changed_at desc, id desc""", FindPartners::change, partnerId);
    }

    private List<Partner> partners(String where, String order, Object... args) {
        Map<Long, List<WspLocation>> locations = locations();
        return jdbc.query("""
                select id, organisation_id, kind, name, contact, active_from, active_to, municipality_code,
                       inhabitants, inhabitants_year from partner\s""" + where + " " + order,
                (rs, i) -> partner(rs, locations.getOrDefault(rs.getLong("id"), List.of())), args);
    }

    private Map<Long, List<WspLocation>> locations() {
        Map<Long, List<WspLocation>> byPartner = new LinkedHashMap<>();
        jdbc.query("""
                select l.partner_id, l.name, l.address, l.postcode4,
                       array(select m.municipality_code from partner_location_municipality m where m.location_id = l.id
                             order by m.municipality_code) as municipalities
                from partner_location l order by l.partner_id, l.position""", rs -> {
            byPartner.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new WspLocation(rs.getString(2),
                    rs.getString(3), rs.getString(4), List.of((String[]) rs.getArray(5).getArray())));
        });
        return byPartner;
    }

    private static Partner partner(ResultSet rs, List<WspLocation> locations) throws SQLException {
        int inhabitants = rs.getInt("inhabitants");
        boolean counted = !rs.wasNull();
        return new Partner(rs.getLong("id"), rs.getString("organisation_id"), PartnerKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("contact"), rs.getObject("active_from", java.time.LocalDate.class),
                rs.getObject("active_to", java.time.LocalDate.class), rs.getString("municipality_code"),
                counted ? new Inhabitants(inhabitants, rs.getInt("inhabitants_year")) : null, locations);
    }

    private static PartnerChange change(ResultSet rs, int i) throws SQLException {
        return new PartnerChange(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                new Message(rs.getString(4), rs.getString(5)));
    }
}
