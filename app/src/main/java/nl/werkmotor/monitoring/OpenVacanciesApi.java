package nl.werkmotor.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.matching.FindingOpenVacancies;
import nl.werkmotor.platform.CsvCell;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;

/**
 * {@code GET /api/v1/monitoring/openstaande-vacatures}, for the beleidsmedewerker: the region's vacancies open longer
 * than eight weeks with the number of people who could fill each (suppressed under 5, capped at 50), per sector and
 * per municipality ({@link OpenVacanciesReport}); JSON, or CSV at {@code ?formaat=csv} or with {@code Accept: text/csv}.
 */
@RestController
class OpenVacanciesApi {

    private final FindCurrentUser users;
    private final FindingOpenVacancies finding;

    OpenVacanciesApi(FindCurrentUser users, FindingOpenVacancies finding) {
        this.users = users;
        this.finding = finding;
    }

    @GetMapping(value = "/api/v1/monitoring/openstaande-vacatures",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> openVacancies(@RequestParam(required = false) String formaat,
                                    @RequestHeader(value = "Accept", required = false) String accept) {
        analyst(users);
        if (formaat != null && !formaat.equals("csv") && !formaat.equals("json")) {
            Refusal.Reasons reasons = new Refusal.Reasons();
            reasons.add("formaat", "Het formaat is csv of json.", "The format is csv or json.");
            try {
                reasons.refuseIfAny();
            } catch (Refusal refused) {
                throw ApiProblem.invalid(refused);
            }
        }
        OpenVacanciesReport.OpenstaandeVacatures answer = OpenVacanciesReport.of(
                finding.openLongerThanEightWeeks(), Locale.of("nl"));
        boolean csv = "csv".equals(formaat) || formaat == null && accept != null && accept.contains("text/csv")
                && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
        if (csv) {
            return csv(answer);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    static ResponseEntity<String> csv(OpenVacanciesReport.OpenstaandeVacatures answer) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"openstaande-vacatures-" + answer.peildatum()
                        + ".csv\"")
                .body(csvOf(answer));
    }

    static void analyst(FindCurrentUser users) {
        users.current().filter(u -> u.role() == Role.BELEIDSMEDEWERKER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** The vacancies one a line, then the lines per sector and per municipality, then the provenance. */
    static String csvOf(OpenVacanciesReport.OpenstaandeVacatures answer) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("vacature", "titel", "werkgever", "sector", "gemeente", "gepubliceerd op", "weken open",
                "kandidaten"));
        for (OpenVacanciesReport.Vacature v : answer.lijst()) {
            OpenVacanciesReport.Kandidaten k = v.kandidaten();
            row(csv, List.of(String.valueOf(v.id()), v.titel(), v.werkgever(), v.sector(), v.gemeente(),
                    v.gepubliceerdOp().toString(), String.valueOf(v.wekenOpen()),
                    k.onderdrukt() ? "onderdrukt" : k.ofMeer() ? k.aantal() + " of meer" : String.valueOf(k.aantal())));
        }
        csv.append("\r\n");
        row(csv, List.of("per", "sleutel", "naam", "vacatures", "met kandidaten"));
        groups(csv, "sector", answer.perSector());
        groups(csv, "gemeente", answer.perGemeente());
        row(csv, List.of("regio", "regio", "regio", String.valueOf(answer.vacatures()),
                String.valueOf(answer.metKandidaten())));
        csv.append("\r\n");
        row(csv, List.of("bron", answer.herkomst().bron()));
        row(csv, List.of("geteld tot", answer.herkomst().geteldTot().toString()));
        row(csv, List.of("hoe geteld", answer.herkomst().hoeGeteld()));
        return csv.toString();
    }

    private static void groups(StringBuilder csv, String per, List<OpenVacanciesReport.Groep> groups) {
        for (OpenVacanciesReport.Groep g : groups) {
            row(csv, new ArrayList<>(List.of(per, g.sleutel(), g.naam(), String.valueOf(g.vacatures()),
                    String.valueOf(g.metKandidaten()))));
        }
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(c -> CsvCell.of(c == null ? "" : c)).collect(Collectors.joining(",")))
                .append("\r\n");
    }
}
