package nl.werkmotor.employers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.web.NavigationLink;

/**
 * An employer's own pages: {@code /werkgever} (the company profile; sector, size and address can be
 * corrected) and {@code /werkgever/vacatures} (their vacancies, each with its showcase). Role werkgever
 * only (security configuration); always the signed-in user's own employer, never one named in the URL.
 */
@Controller
class EmployerPages {

    private final CurrentEmployer currentEmployer;
    private final FindVacancies vacancies;
    private final ChangingEmployerProfile changing;

    EmployerPages(CurrentEmployer currentEmployer, FindVacancies vacancies, ChangingEmployerProfile changing) {
        this.currentEmployer = currentEmployer;
        this.vacancies = vacancies;
        this.changing = changing;
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
        return profile(employer, employer.sector().name(), employer.size().name(), employer.postcode4(), null,
                locale, model);
    }

    @PostMapping("/werkgever")
    String change(@RequestParam(defaultValue = "") String sector, @RequestParam(defaultValue = "") String size,
                  @RequestParam(defaultValue = "") String postcode4, Locale locale, Model model,
                  HttpServletResponse response) {
        Employer employer = own();
        try {
            changing.change(new ChangeEmployerProfile(employer.id(), sector, size, postcode4));
            return "redirect:/werkgever?opgeslagen";
        } catch (EmployerProfileRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return profile(employer, sector, size, postcode4, refused, locale, model);
        }
    }

    private String profile(Employer employer, String sector, String size, String postcode4,
                           EmployerProfileRefused refused, Locale locale, Model model) {
        Language language = Language.of(locale.getLanguage()).orElse(Language.NL);
        model.addAttribute("employer", employer);
        model.addAttribute("sectorLabel", employer.sector().label(language));
        model.addAttribute("sectors", Arrays.stream(Sector.values())
                .collect(Collectors.toMap(Sector::name, s -> s.label(language), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("sizes", SizeClass.values());
        model.addAttribute("sector", sector);
        model.addAttribute("size", size);
        model.addAttribute("postcode4", postcode4);
        model.addAttribute("refused", refused);
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
