package nl.werkmotor.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;

/**
 * The region's placements as suppressed counts over {@code /api/v1/monitoring/plaatsingen}, for the
 * beleidsmedewerker: JSON, or CSV at {@code ?formaat=csv} or with {@code Accept: text/csv}. Per organisation the
 * answer has the signed-in person's own organisation's row only (with the region's total); per sector, target group,
 * municipality and month the region's rows. A suppressed figure has {@code onderdrukt: true} and no count. 400 names
 * every bad parameter at once.
 */
@RestController
class MonitoringApi {

    static final int LONGEST_PERIOD_MONTHS = 60;

    private final FindCurrentUser users;
    private final CountingPlacements counting;

    MonitoringApi(FindCurrentUser users, CountingPlacements counting) {
        this.users = users;
        this.counting = counting;
    }

    /**
     * @param aantal    absent when suppressed
     * @param doel      the agreed target for the period (prorated from the year's); absent when none was agreed
     * @param voortgang aantal as a whole percentage of doel; absent without a target or when suppressed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cijfer(Long aantal, Long doel, Long voortgang, boolean onderdrukt) {

        Cijfer(Long aantal, Long doel, boolean onderdrukt) {
            this(aantal, doel, aantal == null || doel == null || doel == 0 ? null
                    : Math.round(100.0 * aantal / doel), onderdrukt);
        }
    }

    record Rij(String sleutel, Map<String, Cijfer> cijfers) {
    }

    /**
     * @param bron        module and table the figures are counted from
     * @param geteldTot   the last day counted
     * @param hoeGeteld   how they are counted, in Dutch
     */
    record Herkomst(String bron, LocalDate geteldTot, String hoeGeteld) {
    }

    record Plaatsingen(String van, String tot, String per, List<Rij> rijen, Map<String, Cijfer> regio,
                       Herkomst herkomst) {
    }

    @GetMapping(value = "/api/v1/monitoring/plaatsingen", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> placements(@RequestParam(required = false) String van,
                                 @RequestParam(required = false) String tot,
                                 @RequestParam(required = false) String per,
                                 @RequestParam(required = false) String formaat,
                                 @RequestHeader(value = "Accept", required = false) String accept) {
        CurrentUser user = users.current().filter(u -> u.role() == Role.BELEIDSMEDEWERKER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Query query;
        try {
            query = Query.of(van, tot, per, formaat, YearMonth.now());
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
        CountedPeriod period = counting.count(query.from(), query.to(), query.per());
        Plaatsingen answer = answer(period, user.organisation().id());
        boolean csv = "csv".equals(formaat) || formaat == null && accept != null && accept.contains("text/csv")
                && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
        if (csv) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"plaatsingen-" + query.from() + "-"
                            + query.to() + ".csv\"")
                    .body(MonitoringCsv.of(answer));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    static Plaatsingen answer(CountedPeriod period, String ownOrganisation) {
        List<Rij> rows = new ArrayList<>();
        for (MonitoringTable.Row row : period.table().rows()) {
            if (period.per() == Per.ORGANISATION && !row.key().equals(ownOrganisation)) {
                continue;
            }
            rows.add(new Rij(row.key(), figures(row.cells(), m -> period.targets().forRow(row.key(), m))));
        }
        Provenance p = period.provenance();
        return new Plaatsingen(period.from().toString(), period.to().toString(), period.per().parameter(), rows,
                figures(period.table().totals(), period.targets()::forRegion), new Herkomst(p.source(), p.countedTo(), p.howCounted()));
    }

    private static Map<String, Cijfer> figures(Map<Measure, MonitoringTable.Cell> cells,
                                               Function<Measure, Optional<Long>> targets) {
        Map<String, Cijfer> figures = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            MonitoringTable.Cell cell = cells.get(m);
            Long target = targets.apply(m).orElse(null);
            figures.put(m.field(), cell.suppressed() ? new Cijfer(null, target, true)
                    : new Cijfer(cell.count().getAsLong(), target, false));
        }
        return figures;
    }

    /** The checked parameters; every problem named at once. */
    record Query(YearMonth from, YearMonth to, Per per) {

        static Query of(String van, String tot, String per, String formaat, YearMonth now) {
            Refusal.Reasons reasons = new Refusal.Reasons();
            YearMonth last = now.minusMonths(1);
            YearMonth to = month(tot, "tot", reasons, last);
            YearMonth from = month(van, "van", reasons, to == null ? last.minusMonths(11) : to.minusMonths(11));
            Per rows = per == null ? Per.ORGANISATION : Per.ofParameter(per).orElse(null);
            if (rows == null) {
                reasons.add("per", "Kies per organisatie, sector, doelgroep, gemeente, maand of instrument.",
                        "Choose per organisatie, sector, doelgroep, gemeente, maand or instrument.");
            }
            if (formaat != null && !formaat.equals("csv") && !formaat.equals("json")) {
                reasons.add("formaat", "Het formaat is csv of json.", "The format is csv or json.");
            }
            if (from != null && to != null) {
                if (from.isAfter(to)) {
                    reasons.add("van", "De maand 'van' ligt na 'tot'.", "The month 'van' is after 'tot'.");
                } else if (from.plusMonths(LONGEST_PERIOD_MONTHS).isBefore(to.plusMonths(1))) {
                    reasons.add("tot", "Een periode is ten hoogste " + LONGEST_PERIOD_MONTHS + " maanden.",
                            "A period is at most " + LONGEST_PERIOD_MONTHS + " months.");
                }
            }
            reasons.refuseIfAny();
            return new Query(from, to, rows);
        }

        private static YearMonth month(String value, String field, Refusal.Reasons reasons, YearMonth otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException unreadable) {
                reasons.add(field, "'" + field + "' is een maand als JJJJ-MM, bijvoorbeeld 2026-01.",
                        "'" + field + "' is a month as YYYY-MM, for example 2026-01.");
                return null;
            }
        }
    }
}
