package nl.werkmotor.employers;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.ChangeVacancy;
import nl.werkmotor.vacancies.ChangingVacancy;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.PublishVacancy;
import nl.werkmotor.vacancies.PublishingVacancy;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.vacancies.VacancyNotFound;
import nl.werkmotor.vacancies.VacancyRefused;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;

/**
 * The vacancy intake: paste the vacancy text, confirm the skills and the occupation it names, mark each
 * essential or optional, add hours, place and whether it suits the banenafspraak target group. One plain
 * form that works without JavaScript: the button pressed ({@code actie}) reads the text, searches, or saves.
 * A form that fails is shown again with every problem, and nothing is saved.
 */
@Controller
class VacancyIntakePages {

    private final CurrentEmployer currentEmployer;
    private final FindVacancies vacancies;
    private final VacancySuggestions suggestions;
    private final PublishingVacancy publishing;
    private final ChangingVacancy changing;
    private final WithdrawingVacancy withdrawing;

    VacancyIntakePages(CurrentEmployer currentEmployer, FindVacancies vacancies, VacancySuggestions suggestions,
                       PublishingVacancy publishing, ChangingVacancy changing, WithdrawingVacancy withdrawing) {
        this.currentEmployer = currentEmployer;
        this.vacancies = vacancies;
        this.suggestions = suggestions;
        this.publishing = publishing;
        this.changing = changing;
        this.withdrawing = withdrawing;
    }

    @GetMapping("/werkgever/vacatures/nieuw")
    String newVacancy(Locale locale, Model model) {
        return form(VacancyForm.empty(own().postcode4()), null, locale, model);
    }

    @PostMapping("/werkgever/vacatures/nieuw")
    String publish(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                   HttpServletResponse response) {
        Employer employer = own();
        VacancyForm form = VacancyForm.submitted(params);
        if (!"opslaan".equals(params.getFirst("actie"))) {
            return form(form, null, locale, model);
        }
        try {
            Vacancy saved = publishing.publish(new PublishVacancy(employer.id(), form.description()));
            return "redirect:/werkgever/vacatures?opgeslagen=" + saved.id();
        } catch (VacancyRefused refused) {
            return refused(form, refused, null, locale, model, response);
        }
    }

    @GetMapping("/werkgever/vacatures/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Vacancy vacancy = ownVacancy(id);
        return form(VacancyForm.of(vacancy, vacancies.text(id).orElse("")), vacancy, locale, model);
    }

    @PostMapping("/werkgever/vacatures/{id}")
    String change(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Locale locale,
                  Model model, HttpServletResponse response) {
        Vacancy vacancy = ownVacancy(id);
        VacancyForm form = VacancyForm.submitted(params);
        if (!"opslaan".equals(params.getFirst("actie"))) {
            return form(form, vacancy, locale, model);
        }
        try {
            changing.change(new ChangeVacancy(vacancy.employerId(), id, form.description()));
            return "redirect:/werkgever/vacatures?opgeslagen=" + id;
        } catch (VacancyRefused refused) {
            return refused(form, refused, vacancy, locale, model, response);
        }
    }

    @PostMapping("/werkgever/vacatures/{id}/intrekken")
    String withdraw(@PathVariable long id) {
        try {
            withdrawing.withdraw(new WithdrawVacancy(own().id(), id));
        } catch (VacancyNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/werkgever/vacatures?ingetrokken=" + id;
    }

    private String refused(VacancyForm form, VacancyRefused refused, Vacancy vacancy, Locale locale, Model model,
                           HttpServletResponse response) {
        form.refused(refused, "en".equals(locale.getLanguage()));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(form, vacancy, locale, model);
    }

    private String form(VacancyForm form, Vacancy vacancy, Locale locale, Model model) {
        suggestions.fill(form, Language.of(locale.getLanguage()).orElse(Language.NL));
        model.addAttribute("form", form);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("action", vacancy == null ? "/werkgever/vacatures/nieuw" : "/werkgever/vacatures/" + vacancy.id());
        return "werkgever/vacature";
    }

    private Employer own() {
        return currentEmployer.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** Another employer's vacancy is not found, like one that does not exist. */
    private Vacancy ownVacancy(long id) {
        long employer = own().id();
        return vacancies.byId(id).filter(v -> v.employerId() == employer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
