package nl.werkmotor.employers;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
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
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.vacancies.VacancyNotFound;
import nl.werkmotor.vacancies.VacancyRefused;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;

/**
 * The vacancy intake: paste the vacancy text, confirm the skills and the occupation it names, mark each
 * essential or optional, add hours, place and whether it suits the banenafspraak target group. One plain
 * form that works without JavaScript: the button pressed ({@code actie}) reads the text, searches, or saves;
 * with JavaScript the search box searches while one types (htmx posts the form and swaps in the choices).
 * A form that fails is shown again with every problem, and nothing is saved.
 * <p>
 * The same pages serve the employer ({@code /werkgever/vacatures/...}, their own employer) and the account
 * manager who owns an employer in the WSP portfolio ({@code /portefeuille/{employer}/vacatures/...}, on
 * the employer's behalf; any other employer is a 404). A saved vacancy says who entered it and who last changed
 * it, the employer or the account manager, by name: both sides may know who of them wrote it. The employer's own
 * account publishes within its daily limit ({@link EmployerDailyLimits}): above it the form comes back as typed, 429.
 */
@Controller
class VacancyIntakePages {

    private final CurrentEmployer currentEmployer;
    private final ServedEmployer served;
    private final FindVacancies vacancies;
    private final VacancySuggestions suggestions;
    private final PublishingWithinLimit publishing;
    private final ChangingVacancy changing;
    private final WithdrawingVacancy withdrawing;

    VacancyIntakePages(CurrentEmployer currentEmployer, ServedEmployer served, FindVacancies vacancies,
                       VacancySuggestions suggestions, PublishingWithinLimit publishing, ChangingVacancy changing,
                       WithdrawingVacancy withdrawing) {
        this.currentEmployer = currentEmployer;
        this.served = served;
        this.vacancies = vacancies;
        this.suggestions = suggestions;
        this.publishing = publishing;
        this.changing = changing;
        this.withdrawing = withdrawing;
    }

    /**
     * The employer whose vacancies are entered, and where its pages are.
     *
     * @param base the path of its vacancy pages
     * @param back the page that lists its vacancies
     */
    private record Intake(Employer employer, String base, String back) {
    }

    @GetMapping({"/werkgever/vacatures/nieuw", "/portefeuille/{employer}/vacatures/nieuw"})
    String newVacancy(@PathVariable(required = false) Long employer, Locale locale, Model model) {
        Intake intake = intake(employer);
        return form(intake, VacancyForm.empty(intake.employer().postcode4()), null, locale, model);
    }

    @PostMapping({"/werkgever/vacatures/nieuw", "/portefeuille/{employer}/vacatures/nieuw"})
    String publish(@PathVariable(required = false) Long employer, @RequestParam MultiValueMap<String, String> params,
                   Locale locale, Model model, HttpServletResponse response) {
        Intake intake = intake(employer);
        VacancyForm form = VacancyForm.submitted(params);
        if (!"opslaan".equals(params.getFirst("actie"))) {
            return form(intake, form, null, locale, model);
        }
        try {
            Vacancy saved = publishing.publish(new PublishVacancy(intake.employer().id(), form.description(),
                    served.author()));
            return "redirect:" + intake.back() + "?opgeslagen=" + saved.id();
        } catch (VacancyRefused refused) {
            return refused(intake, form, refused, null, locale, model, response);
        } catch (DailyLimitReached limit) { // the form as typed, so that nothing is lost
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfter().toSeconds()));
            model.addAttribute("limit", limit.text(locale));
            return form(intake, form, null, locale, model);
        }
    }

    @GetMapping({"/werkgever/vacatures/{id}", "/portefeuille/{employer}/vacatures/{id}"})
    String edit(@PathVariable(required = false) Long employer, @PathVariable long id, Locale locale, Model model) {
        Intake intake = intake(employer);
        Vacancy vacancy = vacancyOf(intake, id);
        return form(intake, VacancyForm.of(vacancy, vacancies.text(id).orElse("")), vacancy, locale, model);
    }

    @PostMapping({"/werkgever/vacatures/{id}", "/portefeuille/{employer}/vacatures/{id}"})
    String change(@PathVariable(required = false) Long employer, @PathVariable long id,
                  @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
                  HttpServletResponse response) {
        Intake intake = intake(employer);
        Vacancy vacancy = vacancyOf(intake, id);
        VacancyForm form = VacancyForm.submitted(params);
        if (!"opslaan".equals(params.getFirst("actie"))) {
            return form(intake, form, vacancy, locale, model);
        }
        try {
            changing.change(new ChangeVacancy(vacancy.employerId(), id, form.description(), served.author()));
            return "redirect:" + intake.back() + "?opgeslagen=" + id;
        } catch (VacancyRefused refused) {
            return refused(intake, form, refused, vacancy, locale, model, response);
        }
    }

    @PostMapping({"/werkgever/vacatures/{id}/intrekken", "/portefeuille/{employer}/vacatures/{id}/intrekken"})
    String withdraw(@PathVariable(required = false) Long employer, @PathVariable long id) {
        Intake intake = intake(employer);
        try {
            withdrawing.withdraw(new WithdrawVacancy(intake.employer().id(), id));
        } catch (VacancyNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + intake.back() + "?ingetrokken=" + id;
    }

    private String refused(Intake intake, VacancyForm form, VacancyRefused refused, Vacancy vacancy, Locale locale,
                           Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refused", refused);
        return form(intake, form, vacancy, locale, model);
    }

    private String form(Intake intake, VacancyForm form, Vacancy vacancy, Locale locale, Model model) {
        suggestions.fill(form, Language.of(locale.getLanguage()).orElse(Language.NL))
                .filter(unread -> !model.containsAttribute("refused")) // a refused save says more
                .ifPresent(unread -> model.addAttribute("refused", unread));
        model.addAttribute("form", form);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("edits", vacancy == null ? null : vacancies.edits(vacancy.id()).orElse(null));
        model.addAttribute("employer", intake.employer());
        model.addAttribute("back", intake.back());
        model.addAttribute("action", vacancy == null ? intake.base() + "/nieuw" : intake.base() + "/" + vacancy.id());
        return "werkgever/vacature";
    }

    /**
     * The signed-in employer's own employer (403 for an account not bound to one), or, with an employer id in
     * the path, that employer when the signed-in account manager owns it in the portfolio (404 otherwise).
     */
    private Intake intake(Long employerId) {
        if (employerId == null) {
            Employer own = currentEmployer.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
            return new Intake(own, "/werkgever/vacatures", "/werkgever/vacatures");
        }
        Employer advised = served.advised(employerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Intake(advised, "/portefeuille/" + employerId + "/vacatures", "/portefeuille/" + employerId);
    }

    /** Another employer's vacancy is not found, like one that does not exist. */
    private Vacancy vacancyOf(Intake intake, long id) {
        long employer = intake.employer().id();
        return vacancies.byId(id).filter(v -> v.employerId() == employer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
