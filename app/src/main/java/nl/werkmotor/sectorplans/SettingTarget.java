package nl.werkmotor.sectorplans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.platform.Refusal;

/**
 * The beleidsmedewerker or beheerder adds a target for a year, or changes one, as the partners agreed it: for the
 * region, an organisation of the region, a region sector or a target group of the region's list; one target per
 * year, scope, key and kind. Every add and change is kept in {@code sector_target_change} with who made it; a refused
 * form changes nothing.
 */
@Component
public class SettingTarget {

    private final JdbcTemplate jdbc;
    private final FindTargets targets;
    private final FindSectorPlans plans;
    private final FindTargetGroups targetGroups;

    SettingTarget(JdbcTemplate jdbc, FindTargets targets, FindSectorPlans plans, FindTargetGroups targetGroups) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.plans = plans;
        this.targetGroups = targetGroups;
    }

    /**
     * @throws NotAllowed     when the user does not set targets
     * @throws TargetNotFound when a change names no target
     * @throws Refusal        naming every field to fix; nothing is saved
     */
    @Transactional
    public TargetRow set(SetTarget command) {
        TargetPolicy.whySetRefused(command.setBy()).ifPresent(reason -> {
            throw new NotAllowed(reason);
        });
        jdbc.execute("lock table sector_target in share row exclusive mode"); // one change to the targets at a time
        Optional<TargetRow> now = command.id() == 0 ? Optional.empty() : targets.row(command.id());
        if (command.id() != 0 && now.isEmpty()) {
            throw new TargetNotFound(command.id());
        }
        Target wanted = check(command.id(), command.form());
        String login = command.setBy().username();
        long id;
        if (now.isEmpty()) {
            id = jdbc.queryForObject("""
                    insert into sector_target (year, scope, scope_key, kind, count, agreed_by, agreed_on, note, changed_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, wanted.year(), wanted.scope().name(),
                    wanted.scopeKey(), wanted.kind().name(), wanted.count(), wanted.agreedBy(), wanted.agreedOn(),
                    wanted.note(), login);
        } else {
            id = command.id();
            if (now.get().target().equals(wanted)) {
                return now.get();
            }
            jdbc.update("""
                    update sector_target set year = ?, scope = ?, scope_key = ?, kind = ?, count = ?, agreed_by = ?,
                        agreed_on = ?, note = ?, changed_by = ?, changed_at = now() where id = ?""", wanted.year(),
                    wanted.scope().name(), wanted.scopeKey(), wanted.kind().name(), wanted.count(), wanted.agreedBy(),
                    wanted.agreedOn(), wanted.note(), login, id);
        }
        jdbc.update("insert into sector_target_change (target_id, what, changed_by) values (?, ?, ?)", id,
                (now.isEmpty() ? "ADDED\t" : "CHANGED\t") + describe(wanted), login);
        return targets.row(id).orElseThrow();
    }

    /** The target as one line, kept in its history. */
    static String describe(Target t) {
        return t.year() + " " + t.scope() + (t.scopeKey() == null ? "" : " " + t.scopeKey()) + " " + t.kind() + " "
                + t.count() + "; " + t.agreedBy() + ", " + t.agreedOn() + (t.note() == null ? "" : "; " + t.note());
    }

    private Target check(long id, TargetForm form) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        Integer year = null;
        if (!form.year().matches("[0-9]{4}") || Integer.parseInt(form.year()) < 2000
                || Integer.parseInt(form.year()) > 2100) {
            reasons.add("jaar", "Vul het jaar in, van 2000 tot en met 2100.", "Fill in the year, from 2000 to 2100.");
        } else {
            year = Integer.parseInt(form.year());
        }
        TargetScope scope = constant(TargetScope.class, form.scope());
        if (scope == null) {
            reasons.add("niveau", "Kies waarvoor het doel is: de regio, een organisatie, een sector of een doelgroep.",
                    "Choose what the target is for: the region, an organisation, a sector or a target group.");
        }
        String key = form.scopeKey().isEmpty() ? null : form.scopeKey();
        if (scope == TargetScope.REGION && key != null) {
            reasons.add("sleutel", "Een doel voor de regio noemt geen organisatie, sector of doelgroep; laat dit leeg.",
                    "A target for the region names no organisation, sector or target group; leave this empty.");
        } else if (scope != null && scope != TargetScope.REGION) {
            keyOf(scope, key, reasons);
        }
        TargetKind kind = constant(TargetKind.class, form.kind());
        if (kind == null) {
            reasons.add("soort", "Kies wat het doel telt: plaatsingen, duurzame plaatsingen of uitstroom.",
                    "Choose what the target counts: placements, lasting placements or outflow.");
        }
        Integer count = null;
        if (!form.count().matches("[0-9]{1,7}") || Integer.parseInt(form.count()) > TargetForm.MAX_COUNT) {
            reasons.add("aantal", "Vul het aantal in als heel getal van 0 tot en met " + TargetForm.MAX_COUNT + ".",
                    "Fill in the number as a whole number from 0 to " + TargetForm.MAX_COUNT + ".");
        } else {
            count = Integer.parseInt(form.count());
        }
        reasons.text("afgesprokenDoor", form.agreedBy(), TargetForm.MAX_AGREED_BY, "wie het afsprak",
                "who agreed it");
        LocalDate agreedOn = SectorPlanCheck.date("afgesprokenOp", form.agreedOn(), "de datum van de afspraak",
                "the date it was agreed", reasons);
        if (form.note().length() > TargetForm.MAX_NOTE) {
            reasons.add("notitie", "De notitie is te lang: hoogstens " + TargetForm.MAX_NOTE + " tekens, niet "
                    + form.note().length() + ".", "The note is too long: at most " + TargetForm.MAX_NOTE
                    + " characters, not " + form.note().length() + ".");
        }
        if (year != null && scope != null && kind != null && reasons.reasons().isEmpty()) {
            Integer same = jdbc.query("""
                    select id from sector_target where year = ? and scope = ? and scope_key is not distinct from ?
                    and kind = ? and id <> ?""", (rs, i) -> rs.getInt(1), year, scope.name(), key, kind.name(), id)
                    .stream().findFirst().orElse(null);
            if (same != null) {
                reasons.add("soort", "Voor " + year + " is er al zo'n doel (nummer " + same + "); wijzig dat.",
                        "There already is such a target for " + year + " (number " + same + "); change that one.");
            }
        }
        reasons.refuseIfAny();
        return new Target(year, scope, key, kind, count, form.agreedBy(), agreedOn,
                form.note().isEmpty() ? null : form.note());
    }

    private void keyOf(TargetScope scope, String key, Refusal.Reasons reasons) {
        if (key == null) {
            reasons.add("sleutel", switch (scope) {
                case ORGANISATION -> "Kies de organisatie.";
                case SECTOR -> "Kies de sector.";
                default -> "Kies de doelgroep.";
            }, switch (scope) {
                case ORGANISATION -> "Choose the organisation.";
                case SECTOR -> "Choose the sector.";
                default -> "Choose the target group.";
            });
            return;
        }
        String shown = key.length() > 30 ? key.substring(0, 30) + "…" : key;
        switch (scope) {
            case ORGANISATION -> ChangingSectorLead.organisation("sleutel", key, plans.organisationNames(),
                    "het doel", "the target", reasons);
            case SECTOR -> {
                if (plans.sector(key).isEmpty()) {
                    reasons.add("sleutel", "Er is geen sector " + shown + " in de regio.",
                            "There is no sector " + shown + " in the region.");
                }
            }
            default -> {
                Set<String> codes = targetGroups.codes().stream().map(TargetGroup::code).collect(Collectors.toSet());
                if (!codes.contains(key)) {
                    reasons.add("sleutel", "Er is geen doelgroep " + shown + " in de lijst van de regio.",
                            "There is no target group " + shown + " in the region's list.");
                }
            }
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String typed) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(typed.toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }
}
