package nl.werkmotor.people;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.platform.Refusal;

/** Two groups of the list never share a name: the region counts by it. */
final class TargetGroupNames {

    private TargetGroupNames() {
    }

    /** @param except the group being changed, whose own names do not count; null when adding */
    static void checkUnique(JdbcTemplate jdbc, TargetGroupForm form, TargetGroup except, Refusal.Reasons reasons) {
        String other = except == null ? "" : except.code();
        String nl = jdbc.query("select code from target_group where lower(name_nl) = lower(?) and code <> ?",
                rs -> rs.next() ? rs.getString(1) : null, form.nameNl(), other);
        if (nl != null) {
            reasons.add("naam", "De doelgroep " + nl + " heet al '" + form.nameNl() + "'.",
                    "Target group " + nl + " is already called '" + form.nameNl() + "' in Dutch.");
        }
        String en = jdbc.query("select code from target_group where lower(name_en) = lower(?) and code <> ?",
                rs -> rs.next() ? rs.getString(1) : null, form.nameEn(), other);
        if (en != null) {
            reasons.add("naamEngels", "De doelgroep " + en + " heet in het Engels al '" + form.nameEn() + "'.",
                    "Target group " + en + " is already called '" + form.nameEn() + "'.");
        }
    }
}
