package nl.werkmotor.monitoring;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.matching.FindingOpenVacancies;

/**
 * The beleidsmedewerker's page {@code /monitoring/openstaande-vacatures} (linked from {@code /monitoring}) and its CSV
 * {@code /monitoring/openstaande-vacatures/csv}: the same as the API ({@link OpenVacanciesReport}), with provenance.
 */
@Controller
class OpenVacanciesPage {

    /** The longest open on the page; the CSV and the API have them all. */
    static final int SHOWN = 200;

    private final FindCurrentUser users;
    private final FindingOpenVacancies finding;

    OpenVacanciesPage(FindCurrentUser users, FindingOpenVacancies finding) {
        this.users = users;
        this.finding = finding;
    }

    @GetMapping("/monitoring/openstaande-vacatures")
    String page(Locale locale, Model model) {
        OpenVacanciesApi.analyst(users);
        OpenVacanciesReport.OpenstaandeVacatures open = OpenVacanciesReport.of(finding.openLongerThanEightWeeks(), locale);
        model.addAttribute("open", open);
        model.addAttribute("shown", open.lijst().subList(0, Math.min(SHOWN, open.lijst().size())));
        model.addAttribute("most", SHOWN);
        model.addAttribute("cap", FindingOpenVacancies.CAP);
        return "monitoring/openstaande-vacatures";
    }

    @GetMapping("/monitoring/openstaande-vacatures/csv")
    ResponseEntity<String> csv() {
        OpenVacanciesApi.analyst(users);
        return OpenVacanciesApi.csv(OpenVacanciesReport.of(finding.openLongerThanEightWeeks(), Locale.of("nl")));
    }
}
