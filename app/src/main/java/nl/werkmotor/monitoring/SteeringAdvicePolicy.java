package nl.werkmotor.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.FormDate;

/**
 * What a steering advice must be before it is saved, every reason at once (NL/EN, each naming its field): a period
 * and grouping as the monitoring pages take them, the four parts of the advice, for a yearly advice a calendar year
 * and the evaluation of content, process and relationship, and who decided it on which day (not in the future). Pure.
 */
final class SteeringAdvicePolicy {

    static final int PART_LENGTH = 4000;
    static final int DECIDED_BY_LENGTH = 200;

    /** The advice as it will be saved. */
    record CheckedAdvice(YearMonth from, YearMonth to, Per per, boolean yearly, SteeringAdviceParts parts,
                         String decidedBy, LocalDate decidedOn) {
    }

    private SteeringAdvicePolicy() {
    }

    /** @throws Refusal with every reason */
    static CheckedAdvice check(SteeringAdviceForm f, LocalDate today) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        MonitoringApi.Query period = null;
        try {
            period = MonitoringApi.Query.of(f.van(), f.tot(), f.per(), null, YearMonth.from(today));
        } catch (Refusal refused) {
            refused.reasons().forEach(r -> reasons.add(r.field(), r.nl(), r.en()));
        }
        if (period != null && f.jaarlijks() && (period.from().getMonthValue() != 1 || period.to().getMonthValue() != 12
                || period.from().getYear() != period.to().getYear())) {
            reasons.add("jaarlijks", "Een jaarlijks advies gaat over een kalenderjaar: van JJJJ-01 tot en met JJJJ-12.",
                    "A yearly advice is about a calendar year: from YYYY-01 to YYYY-12.");
        }
        reasons.text("goed", f.goed(), PART_LENGTH, "wat goed ging", "what went well");
        reasons.text("nietGoed", f.nietGoed(), PART_LENGTH, "wat niet goed ging", "what did not go well");
        reasons.text("veranderen", f.veranderen(), PART_LENGTH, "wat we veranderen", "what we change");
        reasons.text("wieWatWanneer", f.wieWatWanneer(), PART_LENGTH, "wie wat doet en wanneer",
                "who does what by when");
        if (f.jaarlijks()) {
            reasons.text("evaluatieInhoud", f.evaluatieInhoud(), PART_LENGTH, "de evaluatie van de inhoud",
                    "the evaluation of the content");
            reasons.text("evaluatieProces", f.evaluatieProces(), PART_LENGTH, "de evaluatie van het proces",
                    "the evaluation of the process");
            reasons.text("evaluatieRelatie", f.evaluatieRelatie(), PART_LENGTH, "de evaluatie van de relatie",
                    "the evaluation of the relationship");
        }
        reasons.text("besluitDoor", f.besluitDoor(), DECIDED_BY_LENGTH, "wie het advies vaststelde",
                "who decided the advice");
        LocalDate decidedOn = FormDate.parse(f.besluitOp()).orElse(null);
        if (f.besluitOp() == null || f.besluitOp().isBlank()) {
            reasons.add("besluitOp", "Vul de dag in waarop het advies is vastgesteld.",
                    "Fill in the day the advice was decided.");
        } else if (decidedOn == null) {
            reasons.add("besluitOp", "De dag is een datum als dag-maand-jaar, zoals 12-12-2026.",
                    "The day is a date as day-month-year, such as 12-12-2026.");
        } else if (decidedOn.isAfter(today)) {
            reasons.add("besluitOp", "De dag ligt in de toekomst: vul de dag in waarop het advies is vastgesteld.",
                    "The day is in the future: fill in the day the advice was decided.");
        }
        reasons.refuseIfAny();
        return new CheckedAdvice(period.from(), period.to(), period.per(), f.jaarlijks(), new SteeringAdviceParts(
                f.goed().strip(), f.nietGoed().strip(), f.veranderen().strip(), f.wieWatWanneer().strip(),
                f.jaarlijks() ? f.evaluatieInhoud().strip() : null,
                f.jaarlijks() ? f.evaluatieProces().strip() : null,
                f.jaarlijks() ? f.evaluatieRelatie().strip() : null), f.besluitDoor().strip(), decidedOn);
    }
}
