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

    private final FindCurrentUser users;
    private final FindingOpenVacancies finding;

    OpenVacanciesPage(FindCurrentUser users, FindingOpenVacancies finding) {
        this.users = users;
        this.finding = finding;
    }

    @GetMapping("/monitoring/openstaande-vacatures")
    String page(Locale locale, Model model) {
        OpenVacanciesApi.analyst(users);
        model.addAttribute("open", OpenVacanciesReport.of(finding.openLongerThanEightWeeks(), locale));
        model.addAttribute("cap", FindingOpenVacancies.CAP);
        return "monitoring/openstaande-vacatures";
    }

    @GetMapping("/monitoring/openstaande-vacatures/csv")
    ResponseEntity<String> csv() {
        OpenVacanciesApi.analyst(users);
        return OpenVacanciesApi.csv(OpenVacanciesReport.of(finding.openLongerThanEightWeeks(), Locale.of("nl")));
    }
}
