package nl.werkmotor.placements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.web.FormDate;

/**
 * A step as typed, in the API's body or a page's form: dates (yyyy-mm-dd or d-m-yyyy) and numbers as text, so
 * that one that cannot be read is named with every other problem instead of alone.
 *
 * @param contractMaanden empty for an open-ended contract
 * @param instrumenten    Toolbox instrument codes, for the start
 */
public record StepForm(@Schema(example = "STARTED") String stap,
                       @Schema(type = "string", format = "date", example = "2026-11-02") String datum,
                       @Schema(example = "32") String urenPerWeek, @Schema(example = "12") String contractMaanden,
                       @Schema(example = "BIJSTAND") String uitstroomUitkering,
                       @Schema(type = "string", format = "date", example = "2026-11-02") String uitstroomDatum,
                       List<String> instrumenten, String reden) {

    TakePlacementStep command(long placementId) {
        List<Reason> unreadable = new ArrayList<>();
        LocalDate on = date("datum", datum, unreadable, "de datum van de stap", "the step's date");
        LocalDate outflowOn = date("uitstroomDatum", uitstroomDatum, unreadable, "de datum van de uitstroom",
                "the outflow's date");
        Integer hours = number("urenPerWeek", urenPerWeek, unreadable, "het aantal uren", "the hours");
        Integer months = number("contractMaanden", contractMaanden, unreadable, "de lengte van het contract",
                "the contract's length");
        List<String> codes = instrumenten == null ? List.of()
                : instrumenten.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        return new TakePlacementStep(placementId, stap, on, hours, months, uitstroomUitkering, outflowOn, codes, reden,
                unreadable);
    }

    /** The instruments of a page's form: codes separated by commas or spaces. */
    static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(c -> !c.isBlank()).toList();
    }

    private static LocalDate date(String field, String text, List<Reason> unreadable, String nl, String en) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = FormDate.parse(text);
        if (date.isEmpty()) {
            unreadable.add(new Reason(field, "Vul " + nl + " in als dag-maand-jaar, bijvoorbeeld 1-3-2026, niet '"
                    + text.strip() + "'.", "Fill in " + en + " as day-month-year, e.g. 1-3-2026, not '" + text.strip()
                    + "'."));
        }
        return date.orElse(null);
    }

    private static Integer number(String field, String text, List<Reason> unreadable, String nl, String en) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(new Reason(field, "Vul " + nl + " in als een heel getal, niet '" + text.strip() + "'.",
                    "Fill in " + en + " as a whole number, not '" + text.strip() + "'."));
            return null;
        }
    }
}
