package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.werkmotor.platform.CsvCell;

/**
 * A scenario's overview as CSV (RFC 4180, UTF-8, comma-separated, amounts in euros with a decimal point): one row per
 * partner, the totals, and the direct and societal return, headed in the page's language.
 */
final class ScenarioCsv {

    private ScenarioCsv() {
    }

    static String of(Scenario scenario, Overview overview, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder csv = new StringBuilder();
        row(csv, english ? List.of("partner", "costs", "direct_benefits", "societal_benefits", "net")
                : List.of("partner", "kosten", "directe_baten", "maatschappelijke_baten", "saldo"));
        for (Overview.PartnerRow p : overview.partners()) {
            row(csv, Stream.concat(Stream.of(p.partner()), Stream.of(p.costs(), p.directBenefits(),
                    p.societalBenefits(), p.net()).map(BigDecimal::toPlainString)).toList());
        }
        row(csv, Stream.concat(Stream.of(english ? "Total" : "Totaal"), Stream.of(overview.costs(),
                overview.directBenefits(), overview.societalBenefits(), overview.societalReturn())
                .map(BigDecimal::toPlainString)).toList());
        row(csv, List.of(english ? "Direct return" : "Direct rendement", "", "", "",
                overview.directReturn().toPlainString()));
        row(csv, List.of(english ? "Broader societal return" : "Breder maatschappelijk rendement", "", "", "",
                overview.societalReturn().toPlainString()));
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvCell::of).collect(Collectors.joining(","))).append("\r\n");
    }
}
