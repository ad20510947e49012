package nl.werkmotor.employerservice;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.showcase.IntroductionRefused;
import nl.werkmotor.showcase.ProposeIntroduction;
import nl.werkmotor.showcase.ProposingIntroduction;
import nl.werkmotor.showcase.ShowcaseNotFound;
import nl.werkmotor.showcase.ViewShowcase;
import nl.werkmotor.showcase.ViewingShowcase;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/**
 * The owner proposes candidates from the anonymous showcase of one of their employer's vacancies, through
 * the showcase module: the person (or their case worker) says yes or no, and only then does the employer
 * learn who they are. Another account manager's employer, or a vacancy of another employer, is a 404.
 */
@Controller
class CandidatePages {

    private final SignedInAccountManager signedIn;
    private final FindOwnership ownership;
    private final FindVacancies vacancies;
    private final ViewingShowcase viewing;
    private final ProposingIntroduction proposing;

    CandidatePages(SignedInAccountManager signedIn, FindOwnership ownership, FindVacancies vacancies,
                   ViewingShowcase viewing, ProposingIntroduction proposing) {
        this.signedIn = signedIn;
        this.ownership = ownership;
        this.vacancies = vacancies;
        this.viewing = viewing;
        this.proposing = proposing;
    }

    @GetMapping("/portefeuille/{id}/vacatures/{vacancy}/etalage")
    String showcase(@PathVariable long id, @PathVariable long vacancy, Locale locale, Model model) {
        return page(id, vacancy, null, locale, model);
    }

    @PostMapping("/portefeuille/{id}/vacatures/{vacancy}/etalage")
    String propose(@PathVariable long id, @PathVariable long vacancy, @RequestParam(defaultValue = "") String kandidaat,
                   @RequestParam(defaultValue = "") String bericht, Locale locale, Model model,
                   HttpServletResponse response) {
        ownersVacancy(id, vacancy);
        try {
            proposing.propose(new ProposeIntroduction(vacancy, kandidaat, bericht));
        } catch (IntroductionRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, vacancy, refused.reasons().getFirst().text(locale), locale, model);
        }
        return "redirect:/portefeuille/" + id + "/vacatures/" + vacancy + "/etalage?gevraagd=" + kandidaat;
    }

    private String page(long id, long vacancy, String problem, Locale locale, Model model) {
        ownersVacancy(id, vacancy);
        try {
            model.addAttribute("showcase", viewing.showcase(new ViewShowcase(vacancy,
                    Language.of(locale.getLanguage()).orElse(Language.NL))));
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("problem", problem);
        model.addAttribute("backHref", "/portefeuille/" + id);
        model.addAttribute("backLabel", "portfolio.back");
        model.addAttribute("askAction", "/portefeuille/" + id + "/vacatures/" + vacancy + "/etalage");
        return "werkgever/etalage"; // the employer's own showcase page, reached from the portfolio
    }

    /** The vacancy, when it is of this employer and the employer is the signed-in account manager's. */
    private Vacancy ownersVacancy(long employerId, long vacancyId) {
        try {
            ownership.requireOwner(signedIn.current(), employerId);
        } catch (OwnershipConflict notTheirs) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return vacancies.byId(vacancyId).filter(v -> v.employerId() == employerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
