package nl.werkmotor.sectorplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.FormDate;

/** Reads a {@link SectorPlanForm}, naming every problem at once: the plan's parts to write, or a {@link Refusal}. */
final class SectorPlanCheck {

    /** What a checked form holds, ready to be written as a version. */
    record Checked(String analysisText, int localPlacements, int regionalPlacements, List<Long> keyAccounts,
                   List<SectorProject> projects, String monitoring) {
    }

    private SectorPlanCheck() {
    }

    /** @param employerExists whether an employer with this id exists */
    static Checked check(SectorPlanForm form, LongPredicate employerExists) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        reasons.text("analyse", form.analysisText(), SectorPlanForm.MAX_ANALYSIS, "de sectoranalyse",
                "the sector analysis");
        Integer local = count("lokaal", form.localPlacements(), "het aantal plaatsingen lokaal",
                "the number of placements locally", reasons);
        Integer regional = count("regionaal", form.regionalPlacements(), "het aantal plaatsingen regionaal",
                "the number of placements regionally", reasons);
        List<Long> keyAccounts = new ArrayList<>();
        if (form.keyAccounts().size() > SectorPlanForm.MAX_KEY_ACCOUNTS) {
            reasons.add("sleutelaccounts", "Kies hoogstens " + SectorPlanForm.MAX_KEY_ACCOUNTS + " sleutelaccounts, niet "
                    + form.keyAccounts().size() + ".", "Choose at most " + SectorPlanForm.MAX_KEY_ACCOUNTS
                    + " key accounts, not " + form.keyAccounts().size() + ".");
        }
        for (String typed : form.keyAccounts()) {
            if (typed.matches("[1-9][0-9]{0,17}") && employerExists.test(Long.parseLong(typed))) {
                keyAccounts.add(Long.parseLong(typed));
            } else {
                String shown = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
                reasons.add("sleutelaccounts", "Er is geen werkgever " + shown + ".", "There is no employer " + shown
                        + ".");
            }
        }
        if (form.projects().size() > SectorPlanForm.MAX_PROJECTS) {
            reasons.add("projecten", "Een sectorplan heeft hoogstens " + SectorPlanForm.MAX_PROJECTS
                    + " projecten, niet " + form.projects().size() + ".", "A sector plan has at most "
                    + SectorPlanForm.MAX_PROJECTS + " projects, not " + form.projects().size() + ".");
        }
        List<SectorProject> projects = new ArrayList<>();
        for (int i = 0; i < form.projects().size(); i++) {
            SectorPlanForm.Project p = form.projects().get(i);
            String at = "projecten[" + i + "].";
            int n = i + 1;
            reasons.text(at + "naam", p.name(), SectorPlanForm.MAX_PROJECT_NAME, "de naam (project " + n + ")",
                    "the name (project " + n + ")");
            reasons.text(at + "partners", p.partners(), SectorPlanForm.MAX_PARTNERS, "de partners (project " + n + ")",
                    "the partners (project " + n + ")");
            reasons.text(at + "doel", p.goal(), SectorPlanForm.MAX_GOAL, "het doel (project " + n + ")",
                    "the goal (project " + n + ")");
            LocalDate from = date(at + "van", p.from(), "de startdatum (project " + n + ")",
                    "the start date (project " + n + ")", reasons);
            LocalDate to = date(at + "tot", p.to(), "de einddatum (project " + n + ")",
                    "the end date (project " + n + ")", reasons);
            if (from != null && to != null && to.isBefore(from)) {
                reasons.add(at + "tot", "De einddatum (project " + n + ") ligt vóór de startdatum (" + from + ").",
                        "The end date (project " + n + ") lies before the start date (" + from + ").");
            }
            projects.add(new SectorProject(p.name(), p.partners(), p.goal(), from, to));
        }
        reasons.text("monitoring", form.monitoring(), SectorPlanForm.MAX_MONITORING, "hoe het plan gevolgd wordt",
                "how the plan is monitored");
        reasons.refuseIfAny();
        return new Checked(form.analysisText(), local, regional, keyAccounts, projects, form.monitoring());
    }

    static Integer count(String field, String typed, String nlName, String enName, Refusal.Reasons reasons) {
        if (typed.isEmpty()) {
            reasons.add(field, "Vul " + nlName + " in (0 als er geen zijn).", "Fill in " + enName
                    + " (0 for none).");
            return null;
        }
        if (!typed.matches("[0-9]{1,9}") || Integer.parseInt(typed) > SectorPlanForm.MAX_PLACEMENTS) {
            String shown = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
            reasons.add(field, "Vul voor " + nlName + " een heel getal in van 0 tot en met "
                    + SectorPlanForm.MAX_PLACEMENTS + ", niet '" + shown + "'.", "Fill in a whole number from 0 to "
                    + SectorPlanForm.MAX_PLACEMENTS + " for " + enName + ", not '" + shown + "'.");
            return null;
        }
        return Integer.parseInt(typed);
    }

    static LocalDate date(String field, String typed, String nlName, String enName, Refusal.Reasons reasons) {
        if (typed.isEmpty()) {
            reasons.add(field, "Vul " + nlName + " in.", "Fill in " + enName + ".");
            return null;
        }
        return FormDate.parse(typed).orElseGet(() -> {
            String shown = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
            reasons.add(field, "Vul " + nlName + " in als dag-maand-jaar, zoals 1-3-2026, niet '" + shown + "'.",
                    "Fill in " + enName + " as day-month-year, such as 1-3-2026, not '" + shown + "'.");
            return null;
        });
    }
}
