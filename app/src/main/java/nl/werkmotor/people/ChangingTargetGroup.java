package nl.werkmotor.people;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The beheerder renames a target group, changes what it means or its place in the list, or (de)activates it;
 * kept with who did it. The code never changes, and a group is never deleted: an inactive one stays for the
 * people in it and for every figure counted by it, but is offered to no one new.
 */
@Component
public class ChangingTargetGroup {

    private final JdbcTemplate jdbc;
    private final FindTargetGroups groups;

    ChangingTargetGroup(JdbcTemplate jdbc, FindTargetGroups groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    /**
     * @throws TargetGroupNotFound when the list has no such code
     * @throws Refusal             naming every field to fix; nothing is saved
     */
    @Transactional
    public TargetGroupDefinition change(ChangeTargetGroup command) {
        jdbc.execute("lock table target_group in share row exclusive mode");
        TargetGroupDefinition now = groups.byCode(command.group())
                .orElseThrow(() -> new TargetGroupNotFound(command.group().code()));
        TargetGroupForm form = command.form();
        Refusal.Reasons reasons = new Refusal.Reasons();
        form.check(reasons);
        TargetGroupNames.checkUnique(jdbc, form, command.group(), reasons);
        reasons.refuseIfAny();
        int order = form.sortOrder() != null ? form.sortOrder() : now.sortOrder();
        TargetGroupDefinition wanted = new TargetGroupDefinition(now.group(), form.nameNl(), form.nameEn(),
                form.descriptionNl(), form.descriptionEn(), form.active(), order);
        if (wanted.equals(now)) {
            return now;
        }
        jdbc.update("""
                update target_group set name_nl = ?, name_en = ?, description_nl = ?, description_en = ?, active = ?,
                    sort_order = ? where code = ?""", wanted.nameNl(), wanted.nameEn(), wanted.descriptionNl(),
                wanted.descriptionEn(), wanted.active(), wanted.sortOrder(), wanted.code());
        TargetGroupHistory.add(jdbc, wanted.code(), command.changedBy(), what(now, wanted));
        return wanted;
    }

    private static Message what(TargetGroupDefinition was, TargetGroupDefinition is) {
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!was.nameNl().equals(is.nameNl()) || !was.nameEn().equals(is.nameEn())) {
            nl.add("hernoemd van '" + was.nameNl() + "' naar '" + is.nameNl() + "'");
            en.add("renamed from '" + was.nameEn() + "' to '" + is.nameEn() + "'");
        }
        if (!was.descriptionNl().equals(is.descriptionNl()) || !was.descriptionEn().equals(is.descriptionEn())) {
            nl.add("omschrijving gewijzigd");
            en.add("description changed");
        }
        if (was.sortOrder() != is.sortOrder()) {
            nl.add("volgorde " + was.sortOrder() + " → " + is.sortOrder());
            en.add("order " + was.sortOrder() + " → " + is.sortOrder());
        }
        if (was.active() != is.active()) {
            nl.add(is.active() ? "weer actief" : "niet meer actief");
            en.add(is.active() ? "active again" : "no longer active");
        }
        return new Message("Doelgroep " + is.code() + ": " + String.join(", ", nl) + ".",
                "Target group " + is.code() + ": " + String.join(", ", en) + ".");
    }
}
