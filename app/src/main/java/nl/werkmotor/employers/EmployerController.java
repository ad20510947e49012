package nl.werkmotor.employers;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.vacancies.ChangeVacancy;
import nl.werkmotor.vacancies.ChangingVacancy;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.PublishVacancy;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.vacancies.VacancyDescription;
import nl.werkmotor.vacancies.VacancyNotFound;
import nl.werkmotor.vacancies.VacancyRefused;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * {@code /api/v1/werkgevers/{id}}: an employer's profile and vacancies. An employer reaches only their own
 * employer; any other id answers 404, as if it did not exist. Account managers (WSP) read every employer of
 * the region (they need it to claim one), but publish, change and withdraw vacancies only for an employer
 * they own in their portfolio; for any other the change answers 404 too.
 */
@RestController
class EmployerController {

    private final FindCurrentUser currentUser;
    private final CurrentEmployer currentEmployer;
    private final ServedEmployer served;
    private final FindEmployers employers;
    private final FindVacancies vacancies;
    private final PublishingWithinLimit publishing;
    private final ChangingVacancy changing;
    private final WithdrawingVacancy withdrawing;

    EmployerController(FindCurrentUser currentUser, CurrentEmployer currentEmployer, ServedEmployer served,
                       FindEmployers employers, FindVacancies vacancies, PublishingWithinLimit publishing,
                       ChangingVacancy changing, WithdrawingVacancy withdrawing) {
        this.currentUser = currentUser;
        this.currentEmployer = currentEmployer;
        this.served = served;
        this.employers = employers;
        this.vacancies = vacancies;
        this.publishing = publishing;
        this.changing = changing;
        this.withdrawing = withdrawing;
    }

    @GetMapping("/api/v1/werkgevers/{id}")
    Employer employer(@PathVariable long id) {
        return reachable(id);
    }

    @GetMapping("/api/v1/werkgevers/{id}/vacatures")
    List<Vacancy> vacancies(@PathVariable long id) {
        return vacancies.byEmployer(reachable(id).id());
    }

    /**
     * @throws ApiProblem 400 naming every problem of the description, 429 when the employer's own account published
     *                    as many as it may today; nothing is saved then
     */
    @PostMapping("/api/v1/werkgevers/{id}/vacatures")
    @ResponseStatus(HttpStatus.CREATED)
    Vacancy publish(@PathVariable long id, @RequestBody VacancyDescription description) {
        long employer = changeable(id).id();
        return refusedAsProblem(() -> publishing.publish(new PublishVacancy(employer, description, served.author())));
    }

    @PutMapping("/api/v1/werkgevers/{id}/vacatures/{vacatureId}")
    Vacancy change(@PathVariable long id, @PathVariable long vacatureId, @RequestBody VacancyDescription description) {
        long employer = changeable(id).id();
        return refusedAsProblem(() -> changing.change(new ChangeVacancy(employer, vacatureId, description,
                served.author())));
    }

    @DeleteMapping("/api/v1/werkgevers/{id}/vacatures/{vacatureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, @PathVariable long vacatureId) {
        long employer = changeable(id).id();
        refusedAsProblem(() -> {
            withdrawing.withdraw(new WithdrawVacancy(employer, vacatureId));
            return null;
        });
    }

    /** The employer if the signed-in user may reach it: their own, or any for an account manager. */
    private Employer reachable(long id) {
        boolean adviser = currentUser.current().filter(u -> u.role() == Role.ACCOUNTMANAGER).isPresent();
        return (adviser ? employers.byId(id) : currentEmployer.get().filter(e -> e.id() == id))
                .orElseThrow(() -> notFound(id, "zien", "see"));
    }

    /** The employer if the signed-in user may change its vacancies: their own, or one they own in the portfolio. */
    private Employer changeable(long id) {
        return served.withId(id).orElseThrow(() -> notFound(id, "wijzigen", "change"));
    }

    private static ApiProblem notFound(long id, String verb, String verbEn) {
        return ApiProblem.notFound(new Message("Werkgever niet gevonden", "Employer not found"),
                new Message("Er is geen werkgever met id " + id + " die u mag " + verb + ".",
                        "There is no employer with id " + id + " that you may " + verbEn + "."));
    }

    private static <T> T refusedAsProblem(Supplier<T> call) {
        try {
            return call.get();
        } catch (VacancyRefused refused) {
            throw ApiProblem.invalid(refused);
        } catch (DailyLimitReached limit) {
            throw ApiProblem.tooManyRequests(limit.title(), limit.reason(), limit.retryAfter());
        } catch (VacancyNotFound missing) {
            throw ApiProblem.notFound(new Message("Vacature niet gevonden", "Vacancy not found"),
                    new Message("Deze werkgever heeft geen vacature met dit id.", "This employer has no vacancy with this id."));
        }
    }
}
