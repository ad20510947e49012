package nl.werkmotor.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's bar chart of people placed per row (an SVG with a title, a description and the table beside it):
 * a bar as long as its count against the largest, the count written beside it; a suppressed row has no bar and says
 * so in words, so that nothing is told by length or colour alone.
 */
record MonitoringChart(int width, int height, List<Bar> bars, String description) {

    static final int LABEL_WIDTH = 200;
    static final int BAR_SPACE = 300;
    static final int ROW = 28;

    record Bar(String label, int y, int length, String amount) {
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    static MonitoringChart of(MonitoringApi.Plaatsingen figures, Locale locale) {
        String suppressed = "en".equals(locale.getLanguage()) ? "suppressed (fewer than 5 or recoverable)"
                : "onderdrukt (minder dan 5 of terug te rekenen)";
        long largest = 1;
        for (MonitoringApi.Rij row : figures.rijen()) {
            Long count = row.cijfers().get(Measure.PLACEMENTS.field()).aantal();
            largest = Math.max(largest, count == null ? 0 : count);
        }
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        int y = 6;
        for (MonitoringApi.Rij row : figures.rijen()) {
            Long count = row.cijfers().get(Measure.PLACEMENTS.field()).aantal();
            String amount = count == null ? suppressed : String.valueOf(count);
            bars.add(new Bar(row.sleutel(), y, count == null ? 0 : (int) (count * BAR_SPACE / largest), amount));
            said.add(row.sleutel() + ": " + amount);
            y += ROW;
        }
        return new MonitoringChart(LABEL_WIDTH + BAR_SPACE + 320, Math.max(y, 40), bars,
                said.isEmpty() ? "-" : String.join("; ", said) + ".");
    }
}
