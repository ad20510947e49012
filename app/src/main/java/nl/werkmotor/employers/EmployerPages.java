package nl.werkmotor.employers;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.web.NavigationLink;

/**
 * An employer's own pages: {@code /werkgever} (the company profile) and {@code /werkgever/vacatures} (their
 * vacancies, each with its showcase). Role werkgever only (security configuration); always the signed-in
 * user's own employer, never one named in the URL.
 */
@Controller
class EmployerPages {

    private final CurrentEmployer currentEmployer;
    private final FindVacancies vacancies;

    EmployerPages(CurrentEmployer currentEmployer, FindVacancies vacancies) {
        this.currentEmployer = currentEmployer;
        this.vacancies = vacancies;
    }

    @Bean
    static NavigationLink employerLink() {
        return new NavigationLink("/werkgever", "nav.employer", 20, Set.of(Role.WERKGEVER));
    }

    @Bean
    static NavigationLink employerVacanciesLink() {
        return new NavigationLink("/werkgever/vacatures", "nav.employerVacancies", 21, Set.of(Role.WERKGEVER));
    }

    @GetMapping("/werkgever")
    String profile(Locale locale, Model model) {
        Employer employer = own();
        model.addAttribute("employer", employer);
        model.addAttribute("sector", employer.sector().label(Language.of(locale.getLanguage()).orElse(Language.NL)));
        model.addAttribute("vacancyCount", vacancies.byEmployer(employer.id()).size());
        return "werkgever/profiel";
    }

    @GetMapping("/werkgever/vacatures")
    String vacancies(Model model) {
        Employer employer = own();
        model.addAttribute("employer", employer);
        model.addAttribute("vacancies", vacancies.byEmployer(employer.id()));
        return "werkgever/vacatures";
    }

    /** A werkgever account whose organisation is bound to no employer has nothing to see here. */
    private Employer own() {
        return currentEmployer.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
