package nl.werkmotor.people;

import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The beheerder adds a target group to the region's list, under a new code that never changes afterwards;
 * kept with who added it.
 */
@Component
public class AddingTargetGroup {

    private final JdbcTemplate jdbc;

    AddingTargetGroup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws Refusal naming every field to fix; nothing is saved */
    @Transactional
    public TargetGroupDefinition add(AddTargetGroup command) {
        jdbc.execute("lock table target_group in share row exclusive mode"); // one change to the list at a time
        TargetGroupForm form = command.form();
        Refusal.Reasons reasons = new Refusal.Reasons();
        String code = command.code() == null ? "" : command.code().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            reasons.add("code", "Vul de code in.", "Fill in the code.");
        } else if (!TargetGroup.isCode(code)) {
            reasons.add("code", "Een code is 2 tot 50 tekens: een hoofdletter, dan hoofdletters, cijfers of '_', "
                    + "zoals VIJFTIG_PLUS.", "A code is 2 to 50 characters: a capital, then capitals, digits or '_', "
                    + "like VIJFTIG_PLUS.");
        } else if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from target_group where code = ?)",
                Boolean.class, code))) {
            reasons.add("code", "De code " + code + " bestaat al.", "The code " + code + " already exists.");
        }
        form.check(reasons);
        TargetGroupNames.checkUnique(jdbc, form, null, reasons);
        reasons.refuseIfAny();
        int order = form.sortOrder() != null ? form.sortOrder() : jdbc.queryForObject(
                "select coalesce(max(sort_order), 0) + 10 from target_group", Integer.class);
        jdbc.update("""
                insert into target_group (code, name_nl, name_en, description_nl, description_en, active, sort_order)
                values (?, ?, ?, ?, ?, ?, ?)""", code, form.nameNl(), form.nameEn(), form.descriptionNl(),
                form.descriptionEn(), form.active(), order);
        TargetGroupHistory.add(jdbc, code, command.changedBy(), new Message(
                "Doelgroep toegevoegd: " + form.nameNl() + (form.active() ? "." : " (niet actief)."),
                "Target group added: " + form.nameEn() + (form.active() ? "." : " (inactive).")));
        return new TargetGroupDefinition(new TargetGroup(code), form.nameNl(), form.nameEn(), form.descriptionNl(),
                form.descriptionEn(), form.active(), order);
    }
}
