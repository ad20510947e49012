package nl.werkmotor.guidance;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.showcase.DecideIntroduction;
import nl.werkmotor.showcase.DecidingIntroduction;
import nl.werkmotor.showcase.IntroductionRefused;
import nl.werkmotor.showcase.RecordIntroductionOutcome;
import nl.werkmotor.showcase.RecordingIntroductionOutcome;
import nl.werkmotor.showcase.ShowcaseNotFound;

/**
 * The introductions on a person's file: the case worker says yes or no for the person who chose so, and
 * records what came of a yes. The showcase decides who may (the case worker who guides the person); a
 * refused form comes back on the file with its reasons beside that introduction, nothing saved. An introduction
 * of another person than the file's is not found (404), as any other the case worker may not reach.
 */
@Controller
class CaseloadIntroductionPages {

    private final SignedInCaseWorker signedIn;
    private final PersonFile personFile;
    private final DecidingIntroduction deciding;
    private final RecordingIntroductionOutcome recordingOutcome;

    CaseloadIntroductionPages(SignedInCaseWorker signedIn, PersonFile personFile, DecidingIntroduction deciding,
                              RecordingIntroductionOutcome recordingOutcome) {
        this.signedIn = signedIn;
        this.personFile = personFile;
        this.deciding = deciding;
        this.recordingOutcome = recordingOutcome;
    }

    @PostMapping("/caseload/{id}/kennismakingen/{introduction}/besluit")
    String decide(@PathVariable long id, @PathVariable long introduction, @RequestParam(defaultValue = "") String actie,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String telefoon,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            deciding.decide(new DecideIntroduction(introduction, id, "ja".equals(actie), email, telefoon));
        } catch (IntroductionRefused refused) {
            model.addAttribute("email", email);
            model.addAttribute("telefoon", telefoon);
            return refused(id, introduction, refused, locale, model, response);
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "caseload.introductions.decided");
        return "redirect:/caseload/" + id + "#kennismakingen";
    }

    /** The field is named after the introduction ({@code kennismaking-12-uitkomst}): the file has a form per yes. */
    @PostMapping("/caseload/{id}/kennismakingen/{introduction}/uitkomst")
    String outcome(@PathVariable long id, @PathVariable long introduction, @RequestParam Map<String, String> form,
                   Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            recordingOutcome.record(new RecordIntroductionOutcome(introduction, id,
                    form.get("kennismaking-" + introduction + "-uitkomst")));
        } catch (IntroductionRefused refused) {
            return refused(id, introduction, refused, locale, model, response);
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "introductions.outcome.saved");
        return "redirect:/caseload/" + id + "#kennismakingen";
    }

    private String refused(long id, long introduction, IntroductionRefused refused, Locale locale, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("failed", introduction);
        return personFile.show(signedIn.current(), id, locale, model, refused.onTheFormsOf(introduction), Map.of());
    }
}
