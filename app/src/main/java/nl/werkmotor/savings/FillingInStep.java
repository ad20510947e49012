package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Refusal;

/**
 * Fills in one step of a scenario from its form (the page's fields, or the API's, named alike): the new content, or
 * a {@link Refusal} naming every field to fix in Dutch and English, the content as it was.
 * <p>
 * Fields: step 1 {@code naam}, {@code probleem}; step 2 {@code interventie} and the people reached
 * ({@code aantalPersonen}, {@code aantalPersonenBron}); step 3 {@code nulalternatief}; step 4 {@code tijdshorizon}
 * (years) and the discount rate; step 5 the cost lines {@code kosten[i].partner|omschrijving|bedrag|nulalternatief|
 * herhaling|perPersoon}; step 6 {@code uitkeringsbetaler}, the benefit assumptions and the benefit lines
 * {@code baten[i]…}, each with its {@code soort}. A line with every field empty is left out.
 */
@Component
public class FillingInStep {

    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 4_000;
    static final int MAX_SOURCE = 500;
    static final int MAX_PARTNER = 100;
    static final int MAX_DESCRIPTION = 300;
    /** Lines per step: the page offers this many rows. */
    public static final int MAX_LINES = 8;
    static final int MAX_HORIZON = 30;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /** @throws Refusal naming every field to fix; nothing changed */
    public ScenarioContent fillIn(ScenarioContent content, ScenarioStep step, Map<String, String> form) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        ScenarioContent filled = fillIn(content, step, form, reasons);
        reasons.refuseIfAny();
        return filled;
    }

    /** The whole scenario at once (the API): every step's reasons together. */
    public ScenarioContent fillInAll(Map<String, String> form) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        ScenarioContent content = ScenarioContent.blank();
        for (ScenarioStep step : ScenarioStep.values()) {
            content = fillIn(content, step, form, reasons);
        }
        reasons.refuseIfAny();
        return content;
    }

    private ScenarioContent fillIn(ScenarioContent c, ScenarioStep step, Map<String, String> form,
                                   Refusal.Reasons reasons) {
        return switch (step) {
            case PROBLEM -> {
                reasons.text("naam", form.get("naam"), MAX_NAME, "de naam van het scenario", "the scenario's name");
                reasons.text("probleem", form.get("probleem"), MAX_TEXT, "de probleemanalyse", "the problem analysis");
                yield new ScenarioContent(stripped(form.get("naam")), stripped(form.get("probleem")), c.intervention(),
                        c.nullAlternative(), c.horizonYears(), c.benefitPayer(), c.assumptions(), c.costs(),
                        c.benefits());
            }
            case INTERVENTION -> {
                reasons.text("interventie", form.get("interventie"), MAX_TEXT, "de beschrijving van de interventie",
                        "the description of the intervention");
                Map<Assumption, AssumptionValue> assumptions = assumptions(c, step, form, reasons);
                yield new ScenarioContent(c.name(), c.problem(), stripped(form.get("interventie")), c.nullAlternative(),
                        c.horizonYears(), c.benefitPayer(), assumptions, c.costs(), c.benefits());
            }
            case NULL_ALTERNATIVE -> {
                reasons.text("nulalternatief", form.get("nulalternatief"), MAX_TEXT, "het nulalternatief",
                        "the null alternative");
                yield new ScenarioContent(c.name(), c.problem(), c.intervention(), stripped(form.get("nulalternatief")),
                        c.horizonYears(), c.benefitPayer(), c.assumptions(), c.costs(), c.benefits());
            }
            case TIME_HORIZON -> {
                Integer years = horizon(form.get("tijdshorizon"), reasons);
                Map<Assumption, AssumptionValue> assumptions = assumptions(c, step, form, reasons);
                yield new ScenarioContent(c.name(), c.problem(), c.intervention(), c.nullAlternative(), years,
                        c.benefitPayer(), assumptions, c.costs(), c.benefits());
            }
            case COSTS -> {
                List<Line> costs = lines("kosten", null, form, reasons);
                if (costs.isEmpty() && form.keySet().stream().noneMatch(key -> key.startsWith("kosten[") && !blank(form.get(key))
                        && !key.endsWith("herhaling") && !key.endsWith("perPersoon"))) {
                    reasons.add("kosten[0].partner", "Vul ten minste één kostenpost in: welke partner, wat en hoeveel.",
                            "Fill in at least one cost: which partner, what and how much.");
                }
                yield new ScenarioContent(c.name(), c.problem(), c.intervention(), c.nullAlternative(),
                        c.horizonYears(), c.benefitPayer(), c.assumptions(), costs, c.benefits());
            }
            case BENEFITS -> {
                reasons.text("uitkeringsbetaler", form.get("uitkeringsbetaler"), MAX_PARTNER,
                        "de partner die de uitkering betaalt", "the partner who pays the benefit");
                Map<Assumption, AssumptionValue> assumptions = assumptions(c, step, form, reasons);
                List<Line> benefits = lines("baten", BenefitKind.DIRECT, form, reasons);
                yield new ScenarioContent(c.name(), c.problem(), c.intervention(), c.nullAlternative(),
                        c.horizonYears(), stripped(form.get("uitkeringsbetaler")), assumptions, c.costs(), benefits);
            }
            case OVERVIEW -> c;
        };
    }

    private static Integer horizon(String typed, Refusal.Reasons reasons) {
        Optional<BigDecimal> years = Euros.parse(typed);
        if (years.isEmpty() || years.get().stripTrailingZeros().scale() > 0 || years.get().signum() <= 0
                || years.get().compareTo(BigDecimal.valueOf(MAX_HORIZON)) > 0) {
            reasons.add("tijdshorizon", "Vul de tijdshorizon in als een heel aantal jaren van 1 tot en met " + MAX_HORIZON
                    + (blank(typed) ? "." : ", niet „" + typed.strip() + "”."), "Fill in the time horizon as a whole number"
                    + " of years from 1 to " + MAX_HORIZON + (blank(typed) ? "." : ", not \"" + typed.strip() + "\"."));
            return null;
        }
        return years.get().intValueExact();
    }

    private static Map<Assumption, AssumptionValue> assumptions(ScenarioContent c, ScenarioStep step,
                                                                Map<String, String> form, Refusal.Reasons reasons) {
        Map<Assumption, AssumptionValue> assumptions = new EnumMap<>(c.assumptions());
        for (Assumption a : Assumption.values()) {
            if (a.step() != step) {
                continue;
            }
            Optional<BigDecimal> value = number(a.field(), form.get(a.field()), a.min(), a.max(),
                    a.unit() == Assumption.Unit.PEOPLE ? 0 : 2, reasons);
            reasons.text(a.sourceField(), form.get(a.sourceField()), MAX_SOURCE, "de bron van deze aanname",
                    "the source of this assumption");
            value.ifPresent(v -> assumptions.put(a, new AssumptionValue(a, v, stripped(form.get(a.sourceField())))));
        }
        return assumptions;
    }

    private static final Pattern LINE_FIELD = Pattern.compile("^(kosten|baten)\\[(\\d{1,3})]\\.");

    private static List<Line> lines(String prefix, BenefitKind benefit, Map<String, String> form,
                                    Refusal.Reasons reasons) {
        SortedSet<Integer> rows = new TreeSet<>();
        for (String key : form.keySet()) {
            Matcher line = LINE_FIELD.matcher(key);
            if (line.find() && line.group(1).equals(prefix)) {
                rows.add(Integer.parseInt(line.group(2)));
            }
        }
        List<Line> lines = new ArrayList<>();
        int filled = 0;
        for (int i : rows) {
            String field = prefix + "[" + i + "].";
            String partner = form.get(field + "partner");
            String description = form.get(field + "omschrijving");
            String amount = form.get(field + "bedrag");
            String nullAmount = form.get(field + "nulalternatief");
            if (blank(partner) && blank(description) && blank(amount) && blank(nullAmount)) {
                continue;
            }
            if (++filled > MAX_LINES) {
                reasons.add(field + "partner", "Hoogstens " + MAX_LINES + " regels.", "At most " + MAX_LINES + " lines.");
                break;
            }
            reasons.text(field + "partner", partner, MAX_PARTNER, "de partner", "the partner");
            reasons.text(field + "omschrijving", description, MAX_DESCRIPTION, "de omschrijving", "the description");
            Optional<BigDecimal> with = number(field + "bedrag", amount, BigDecimal.ZERO, MAX_AMOUNT, 2, reasons);
            Optional<BigDecimal> without = blank(nullAmount) ? Optional.of(BigDecimal.ZERO)
                    : number(field + "nulalternatief", nullAmount, BigDecimal.ZERO, MAX_AMOUNT, 2, reasons);
            Optional<Recurrence> recurrence = choice(field + "herhaling", form.get(field + "herhaling"),
                    Recurrence.class, "of het bedrag eenmalig of jaarlijks is", "whether the amount is once or yearly",
                    reasons);
            Optional<BenefitKind> kind = benefit == null ? Optional.empty()
                    : choice(field + "soort", form.get(field + "soort"), BenefitKind.class,
                            "of dit direct rendement of breder maatschappelijk rendement is",
                            "whether this is a direct or a broader societal return", reasons);
            if (with.isPresent() && without.isPresent() && recurrence.isPresent() && !blank(partner)
                    && !blank(description) && (benefit == null || kind.isPresent())) {
                lines.add(new Line(partner.strip(), description.strip(), with.get(), without.get(), recurrence.get(),
                        "true".equals(form.get(field + "perPersoon")), kind.orElse(null)));
            }
        }
        return lines;
    }

    /** A number from min to max with at most this many decimals; a reason otherwise. */
    private static Optional<BigDecimal> number(String field, String typed, BigDecimal min, BigDecimal max, int decimals,
                                               Refusal.Reasons reasons) {
        Optional<BigDecimal> value = Euros.parse(typed);
        String range = Euros.typed(min, Locale.forLanguageTag("nl")) + " tot en met " + Euros.typed(max,
                Locale.forLanguageTag("nl"));
        String rangeEn = min.toPlainString() + " to " + max.toPlainString();
        String wasNl = blank(typed) ? "." : ", niet „" + typed.strip() + "”.";
        String wasEn = blank(typed) ? "." : ", not \"" + typed.strip() + "\".";
        if (value.isEmpty()) {
            reasons.add(field, "Vul een getal in van " + range + wasNl, "Fill in a number from " + rangeEn + wasEn);
        } else if (value.get().compareTo(min) < 0 || value.get().compareTo(max) > 0) {
            reasons.add(field, "Vul een getal in van " + range + wasNl, "Fill in a number from " + rangeEn + wasEn);
            return Optional.empty();
        } else if (value.get().stripTrailingZeros().scale() > decimals) {
            reasons.add(field, decimals == 0 ? "Vul een heel getal in" + wasNl : "Hoogstens " + decimals + " decimalen"
                    + wasNl, decimals == 0 ? "Fill in a whole number" + wasEn : "At most " + decimals + " decimals" + wasEn);
            return Optional.empty();
        }
        return value.map(v -> v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
    }

    private static <E extends Enum<E>> Optional<E> choice(String field, String typed, Class<E> type, String nlName,
                                                         String enName, Refusal.Reasons reasons) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(typed == null ? "" : typed.strip())) {
                return Optional.of(value);
            }
        }
        reasons.add(field, "Kies " + nlName + ".", "Choose " + enName + ".");
        return Optional.empty();
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
