package nl.werkmotor.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.FormDate;

/**
 * What a story must be before it is saved, every reason at once (NL/EN, each naming its field): a period of months
 * that has begun, a title and a text, the consent (who gave it and how, and the day it was given, not in the future)
 * confirmed by the writer, the coarse sector, target group and organisation known to the region, and no obvious identifier
 * ({@link StoryIdentifiers}) in the title, the text or the consent statement. Pure.
 */
final class StoryPolicy {

    static final int TITLE_LENGTH = 120;
    static final int TEXT_LENGTH = 4000;
    static final int CONSENT_LENGTH = 500;

    /** The story as it will be saved. */
    record CheckedStory(YearMonth from, YearMonth to, String title, String body, String consentStatement,
                        LocalDate consentOn, String sectorCode, String targetGroupCode, String organisationId,
                        String organisationName) {
    }

    /** What the region knows: its sectors' and target groups' codes, its partner organisations (id → name). */
    record Known(Set<String> sectors, Set<String> targetGroups, Map<String, String> organisations) {
    }

    private StoryPolicy() {
    }

    /** @throws Refusal with every reason */
    static CheckedStory check(StoryForm f, LocalDate today, Known known) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth from = month(f.van(), "van", reasons);
        YearMonth to = month(f.tot(), "tot", reasons);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                reasons.add("van", "De maand 'van' ligt na 'tot'.", "The month 'van' is after 'tot'.");
            } else if (from.plusMonths(MonitoringApi.LONGEST_PERIOD_MONTHS).isBefore(to.plusMonths(1))) {
                reasons.add("tot", "Een periode is ten hoogste " + MonitoringApi.LONGEST_PERIOD_MONTHS + " maanden.",
                        "A period is at most " + MonitoringApi.LONGEST_PERIOD_MONTHS + " months.");
            }
            if (from.isAfter(thisMonth)) {
                reasons.add("van", "De periode is nog niet begonnen: een verhaal gaat over wat al gebeurde.",
                        "The period has not begun: a story tells what already happened.");
            }
        }
        reasons.text("titel", f.titel(), TITLE_LENGTH, "de titel", "the title");
        reasons.text("tekst", f.tekst(), TEXT_LENGTH, "het verhaal", "the story");
        reasons.text("toestemming", f.toestemming(), CONSENT_LENGTH, "wie toestemming gaf en hoe",
                "who gave consent and how");
        identifiers(reasons, "titel", "De titel", "The title", f.titel());
        identifiers(reasons, "tekst", "Het verhaal", "The story", f.tekst());
        identifiers(reasons, "toestemming", "De toestemming", "The consent", f.toestemming());
        LocalDate consentOn = null;
        if (f.toestemmingOp() == null || f.toestemmingOp().isBlank()) {
            reasons.add("toestemmingOp", "Vul de datum van de toestemming in.", "Fill in the date of the consent.");
        } else {
            consentOn = FormDate.parse(f.toestemmingOp()).orElse(null);
            if (consentOn == null) {
                reasons.add("toestemmingOp", "De datum van de toestemming is een dag als dag-maand-jaar, zoals 3-11-2026.",
                        "The date of the consent is a day as day-month-year, such as 3-11-2026.");
            } else if (consentOn.isAfter(today)) {
                reasons.add("toestemmingOp", "De toestemming ligt in de toekomst: vul de dag in waarop die gegeven is.",
                        "The consent is in the future: fill in the day it was given.");
            }
        }
        if (!f.bevestigd()) {
            reasons.add("bevestigd", "Bevestig dat de persoon toestemming gaf om dit verhaal te delen en dat het "
                    + "verhaal niemand herkenbaar maakt.", "Confirm that the person consented to sharing this story "
                    + "and that the story identifies nobody.");
        }
        String sector = code(f.sector());
        if (sector != null && !known.sectors().contains(sector)) {
            reasons.add("sector", "Kies een sector van de regio, of geen.", "Choose a sector of the region, or none.");
        }
        String group = code(f.doelgroep());
        if (group != null && !known.targetGroups().contains(group)) {
            reasons.add("doelgroep", "Kies een doelgroep van de lijst, of geen.", "Choose a target group of the list, or none.");
        }
        String organisation = code(f.organisatie());
        if (organisation != null && !known.organisations().containsKey(organisation)) {
            reasons.add("organisatie", "Kies een partnerorganisatie van de regio, of geen.",
                    "Choose a partner organisation of the region, or none.");
        }
        reasons.refuseIfAny();
        return new CheckedStory(from, to, f.titel().strip(), f.tekst().strip(), f.toestemming().strip(), consentOn,
                sector, group, organisation, organisation == null ? null : known.organisations().get(organisation));
    }

    private static void identifiers(Refusal.Reasons reasons, String field, String nlName, String enName, String text) {
        for (StoryIdentifiers.Found found : StoryIdentifiers.in(text)) {
            reasons.add(field, nlName + " bevat " + found.kind().nl + " (" + found.fragment() + "). Laat het weg: een "
                    + "verhaal bevat geen " + found.kind().nlWhat + ".", enName + " contains " + found.kind().en + " ("
                    + found.fragment() + "). Leave it out: a story holds no " + found.kind().enWhat + ".");
        }
    }

    private static YearMonth month(String value, String field, Refusal.Reasons reasons) {
        if (value == null || value.isBlank()) {
            reasons.add(field, "Vul de maand '" + field + "' in, als JJJJ-MM.", "Fill in the month '" + field
                    + "', as YYYY-MM.");
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            reasons.add(field, "'" + field + "' is een maand als JJJJ-MM, bijvoorbeeld 2026-01.",
                    "'" + field + "' is a month as YYYY-MM, for example 2026-01.");
            return null;
        }
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
