package nl.werkmotor.employerservice;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.matching.FindingOpenVacancies;
import nl.werkmotor.matching.OpenVacancies;
import nl.werkmotor.matching.OpenVacancy;

/**
 * {@code /portefeuille/vacatures-lang-open}: the vacancies of the account manager's own employers (those they
 * advise now, {@link FindOwnership#advisedBy}) open longer than eight weeks while people could fill them
 * (matching's {@link FindingOpenVacancies}), each linking to its anonymous showcase
 * ({@code /portefeuille/{id}/vacatures/{vacancy}/etalage}), where the candidates are. Only a count, suppressed under
 * 5 and capped at 50 as on the monitoring page: the showcase shows who.
 */
@Controller
class PortfolioOpenVacanciesPage {

    private final SignedInAccountManager signedIn;
    private final FindCurrentUser users;
    private final FindOwnership ownership;
    private final FindingOpenVacancies finding;

    PortfolioOpenVacanciesPage(SignedInAccountManager signedIn, FindCurrentUser users, FindOwnership ownership,
                               FindingOpenVacancies finding) {
        this.signedIn = signedIn;
        this.users = users;
        this.ownership = ownership;
        this.finding = finding;
    }

    @GetMapping("/portefeuille/vacatures-lang-open")
    String page(Model model) {
        signedIn.current();
        Set<Long> own = users.current().map(ownership::advisedBy).orElse(Set.of());
        OpenVacancies open = finding.openLongerThanEightWeeks(own::contains);
        model.addAttribute("open", open);
        model.addAttribute("vacancies", open.vacancies().stream().filter(v -> v.candidates() > 0).toList());
        model.addAttribute("weeks", FindingOpenVacancies.WEEKS);
        return "portefeuille/vacatures-lang-open";
    }
}
