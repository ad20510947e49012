package nl.werkmotor.savings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A scenario's content as its forms show it, field by field (the names {@link FillingInStep} reads). */
final class ScenarioForm {

    private ScenarioForm() {
    }

    static Map<String, String> of(ScenarioContent c, Locale locale) {
        Map<String, String> form = new HashMap<>();
        put(form, "naam", c.name());
        put(form, "probleem", c.problem());
        put(form, "interventie", c.intervention());
        put(form, "nulalternatief", c.nullAlternative());
        put(form, "tijdshorizon", c.horizonYears() == null ? null : c.horizonYears().toString());
        put(form, "uitkeringsbetaler", c.benefitPayer());
        for (AssumptionValue a : c.assumptions().values()) {
            put(form, a.assumption().field(), Euros.typed(a.value(), locale));
            put(form, a.assumption().sourceField(), a.source());
        }
        lines(form, "kosten", c.costs(), locale);
        lines(form, "baten", c.benefits(), locale);
        return form;
    }

    private static void lines(Map<String, String> form, String prefix, List<Line> lines, Locale locale) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String field = prefix + "[" + i + "].";
            put(form, field + "partner", l.partner());
            put(form, field + "omschrijving", l.description());
            put(form, field + "bedrag", Euros.typed(l.amount(), locale));
            put(form, field + "nulalternatief", Euros.typed(l.nullAlternative(), locale));
            put(form, field + "herhaling", l.recurrence().name());
            put(form, field + "perPersoon", l.perPerson() ? "true" : null);
            put(form, field + "soort", l.kind() == null ? null : l.kind().name());
        }
    }

    private static void put(Map<String, String> form, String field, String value) {
        if (value != null) {
            form.put(field, value);
        }
    }
}
