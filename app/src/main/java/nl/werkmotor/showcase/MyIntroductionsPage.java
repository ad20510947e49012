package nl.werkmotor.showcase;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.NavigationLink;

/**
 * {@code /mijn-introducties}: a person sees which employers want to meet them, says yes (with the contact
 * details they want to give) or no, after a yes shares them again or stops sharing them with that employer, and
 * chooses whether their case worker may decide for them.
 */
@Controller
class MyIntroductionsPage {

    private final FindIntroductions introductions;
    private final DecidingIntroduction deciding;
    private final ChoosingWhoDecides choosing;
    private final SharingContactDetails sharing;

    MyIntroductionsPage(FindIntroductions introductions, DecidingIntroduction deciding, ChoosingWhoDecides choosing,
                        SharingContactDetails sharing) {
        this.introductions = introductions;
        this.deciding = deciding;
        this.choosing = choosing;
        this.sharing = sharing;
    }

    @Bean
    static NavigationLink myIntroductionsLink() {
        return new NavigationLink("/mijn-introducties", "nav.myIntroductions", 32, Set.of(Role.WERKZOEKENDE));
    }

    @GetMapping("/mijn-introducties")
    String introductions(Model model) {
        return page(null, null, model);
    }

    @PostMapping("/mijn-introducties/{id}")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String actie,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String telefoon,
                  Model model, HttpServletResponse response) {
        try {
            deciding.decide(new DecideIntroduction(id, "ja".equals(actie), email, telefoon));
            return "redirect:/mijn-introducties?besloten=" + id;
        } catch (IntroductionRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("email", email);
            model.addAttribute("telefoon", telefoon);
            return page(id, refused.onTheFormsOf(id), model);
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** {@code delen=ja} shares the name and contact details with this introduction's employer again; anything else stops. */
    @PostMapping("/mijn-introducties/{id}/contact")
    String share(@PathVariable long id, @RequestParam(defaultValue = "") String delen, Model model,
                 HttpServletResponse response) {
        try {
            sharing.share(new ShareContactDetails(id, "ja".equals(delen)));
            return "redirect:/mijn-introducties?gedeeld=" + id;
        } catch (IntroductionRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, refused.onTheFormsOf(id), model);
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/mijn-introducties/wie-beslist")
    String choose(@RequestParam(defaultValue = "false") boolean klantmanager) {
        try {
            choosing.choose(new ChooseWhoDecides(klantmanager));
        } catch (ShowcaseNotFound noProfile) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/mijn-introducties?gekozen";
    }

    /** @param failed the introduction whose decision was refused, shown again as typed */
    private String page(Long failed, Refusal refused, Model model) {
        model.addAttribute("introductions", introductions.visible());
        model.addAttribute("caseWorkerDecides", introductions.caseWorkerDecides());
        model.addAttribute("failed", failed);
        model.addAttribute("refused", refused);
        return "mijn-introducties";
    }
}
