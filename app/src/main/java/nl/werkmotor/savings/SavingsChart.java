package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the overview's bar chart (an SVG with a title, a description and the table beside it): per
 * partner a bar of its costs and one of its benefits, as long as their amount against the largest, each with its
 * amount written beside it, so that no colour has to be told apart.
 */
record SavingsChart(int width, int height, List<Bar> bars, String description) {

    static final int LABEL_WIDTH = 220;
    static final int BAR_SPACE = 300;
    static final int ROW = 26;
    static final int GROUP = 2 * ROW + 22;

    /** @param kind "kosten" or "baten", the CSS class that colours it */
    record Bar(String label, String kind, int y, int length, String amount) {
    }

    /** Where the bars begin, after the partners' names. */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    static SavingsChart of(Overview overview, Euros euros, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        BigDecimal largest = BigDecimal.ONE;
        for (Overview.PartnerRow row : overview.partners()) {
            largest = largest.max(row.costs().abs()).max(row.benefits().abs());
        }
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        int y = 10;
        for (Overview.PartnerRow row : overview.partners()) {
            bars.add(new Bar(row.partner(), "kosten", y, length(row.costs(), largest),
                    (english ? "costs " : "kosten ") + euros.format(row.costs(), locale)));
            bars.add(new Bar("", "baten", y + ROW, length(row.benefits(), largest),
                    (english ? "benefits " : "baten ") + euros.format(row.benefits(), locale)));
            said.add(row.partner() + (english ? ": costs " : ": kosten ") + euros.format(row.costs(), locale)
                    + (english ? ", benefits " : ", baten ") + euros.format(row.benefits(), locale));
            y += GROUP;
        }
        return new SavingsChart(LABEL_WIDTH + BAR_SPACE + 190, Math.max(y, 40), bars, String.join("; ", said) + ".");
    }

    private static int length(BigDecimal amount, BigDecimal largest) {
        return amount.abs().multiply(BigDecimal.valueOf(BAR_SPACE)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
    }
}
