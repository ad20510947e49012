package nl.werkmotor.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.werkmotor.platform.CsvCell;

/**
 * The API's answer as CSV: one line per row and the region's line, a suppressed figure as {@code onderdrukt} (never a
 * number), the provenance at the end. Cells are defused by platform's {@link CsvCell}.
 */
final class MonitoringCsv {

    private MonitoringCsv() {
    }

    static String of(MonitoringApi.Plaatsingen answer) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(answer.per()));
        for (Measure m : Measure.values()) {
            header.add(m.field());
        }
        row(csv, header);
        for (MonitoringApi.Rij rij : answer.rijen()) {
            row(csv, line(rij.sleutel(), rij.cijfers()));
        }
        row(csv, line("regio", answer.regio()));
        row(csv, List.of("bron", answer.herkomst().bron()));
        row(csv, List.of("geteld tot", answer.herkomst().geteldTot().toString()));
        row(csv, List.of("hoe geteld", answer.herkomst().hoeGeteld()));
        return csv.toString();
    }

    private static List<String> line(String key, Map<String, MonitoringApi.Cijfer> figures) {
        List<String> cells = new ArrayList<>(List.of(key));
        for (Measure m : Measure.values()) {
            MonitoringApi.Cijfer figure = figures.get(m.field());
            cells.add(figure.onderdrukt() ? "onderdrukt" : String.valueOf(figure.aantal()));
        }
        return cells;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvCell::of).collect(Collectors.joining(","))).append("\r\n");
    }
}
