package nl.werkmotor.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.web.ApiProblem.Message;

/** The partner tables: one place for their columns. Called inside the change's own transaction. */
final class PartnerStore {

    private PartnerStore() {
    }

    static long insert(JdbcTemplate jdbc, Partner p) {
        long id = jdbc.queryForObject("""
                insert into partner (organisation_id, kind, name, contact, active_from, active_to, municipality_code,
                    inhabitants, inhabitants_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                p.organisationId(), p.kind().name(), p.name(), p.contact(), p.activeFrom(), p.activeTo(),
                p.municipalityCode(), count(p), year(p));
        insertLocations(jdbc, id, p.locations());
        return id;
    }

    static void update(JdbcTemplate jdbc, Partner p) {
        jdbc.update("""
                update partner set organisation_id = ?, kind = ?, name = ?, contact = ?, active_from = ?, active_to = ?,
                    municipality_code = ?, inhabitants = ?, inhabitants_year = ? where id = ?""", p.organisationId(),
                p.kind().name(), p.name(), p.contact(), p.activeFrom(), p.activeTo(), p.municipalityCode(), count(p),
                year(p), p.id());
        jdbc.update("delete from partner_location where partner_id = ?", p.id());
        insertLocations(jdbc, p.id(), p.locations());
    }

    static void history(JdbcTemplate jdbc, long partnerId, String changedBy, Message description) {
        jdbc.update("insert into partner_change (partner_id, changed_by, description_nl, description_en) "
                + "values (?, ?, ?, ?)", partnerId, changedBy, description.nl(), description.en());
    }

    /** What changed, in a line a beheerder reads back. */
    static Message what(Partner was, Partner is) {
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        differs(nl, en, was.name(), is.name(), "naam", "name");
        differs(nl, en, was.organisationId(), is.organisationId(), "organisatie", "organisation");
        differs(nl, en, was.kind(), is.kind(), "soort", "kind");
        differs(nl, en, was.contact(), is.contact(), "contact", "contact");
        differs(nl, en, was.activeFrom(), is.activeFrom(), "actief vanaf", "active from");
        differs(nl, en, was.activeTo(), is.activeTo(), "actief tot en met", "active until");
        differs(nl, en, was.municipalityCode(), is.municipalityCode(), "gemeentecode", "municipality code");
        differs(nl, en, inhabitants(was), inhabitants(is), "inwoners", "inhabitants");
        if (!was.locations().equals(is.locations())) {
            nl.add("locaties gewijzigd (nu " + is.locations().size() + ")");
            en.add("locations changed (now " + is.locations().size() + ")");
        }
        return new Message("Partner " + is.name() + ": " + String.join(", ", nl) + ".",
                "Partner " + is.name() + ": " + String.join(", ", en) + ".");
    }

    static Message added(Partner p) {
        return new Message("Partner toegevoegd: " + p.name() + " (" + p.organisationId() + ").",
                "Partner added: " + p.name() + " (" + p.organisationId() + ").");
    }

    private static void differs(List<String> nl, List<String> en, Object was, Object is, String nlName, String enName) {
        if (!Objects.equals(was, is)) {
            nl.add(nlName + " '" + shown(was) + "' → '" + shown(is) + "'");
            en.add(enName + " '" + shown(was) + "' → '" + shown(is) + "'");
        }
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String inhabitants(Partner p) {
        return p.inhabitants() == null ? null : p.inhabitants().count() + " (" + p.inhabitants().year() + ")";
    }

    private static Integer count(Partner p) {
        return p.inhabitants() == null ? null : p.inhabitants().count();
    }

    private static Integer year(Partner p) {
        return p.inhabitants() == null ? null : p.inhabitants().year();
    }

    private static void insertLocations(JdbcTemplate jdbc, long partnerId, List<WspLocation> locations) {
        for (int i = 0; i < locations.size(); i++) {
            WspLocation l = locations.get(i);
            long location = jdbc.queryForObject("""
                    insert into partner_location (partner_id, position, name, address, postcode4)
                    values (?, ?, ?, ?, ?) returning id""", Long.class, partnerId, i, l.name(), l.address(),
                    l.postcode4());
            for (String code : l.municipalityCodes()) {
                jdbc.update("insert into partner_location_municipality (location_id, municipality_code) values (?, ?)",
                        location, code);
            }
        }
    }
}
