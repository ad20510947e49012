package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.NavigationLink;

/**
 * The Toolbox as every professional reads it ({@code /toolbox}): the instruments of the edition in force on a date,
 * with what they give, their conditions and their rules with sources; and for account managers the form to note an
 * instrument they missed. The editions ({@link EditionPages}) and the evaluation ({@link ToolboxEvaluationPage}) are
 * linked from here for those who may open them.
 */
@Controller
class ToolboxPages {

    static final Set<Role> PROFESSIONALS = Set.of(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.WERKGEVER, Role.OPLEIDER,
            Role.BELEIDSMEDEWERKER, Role.BEHEERDER);

    private final FindEditions editions;
    private final NotingMissingInstrument noting;
    private final FindCurrentUser users;

    ToolboxPages(FindEditions editions, NotingMissingInstrument noting, FindCurrentUser users) {
        this.editions = editions;
        this.noting = noting;
        this.users = users;
    }

    @Bean
    static NavigationLink toolboxLink() {
        return new NavigationLink("/toolbox", "nav.toolbox", 60, PROFESSIONALS);
    }

    @GetMapping("/toolbox")
    String toolbox(@RequestParam(required = false) String peildatum, Model model) {
        return page(peildatum, null, Map.of(), model);
    }

    @PostMapping("/toolbox/ontbrekend")
    String noteMissing(@RequestParam(required = false) String ontbrekend, @RequestParam(required = false) String waarvoor,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            noting.note(new NoteMissingInstrument(ontbrekend, waarvoor));
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(null, refused, Map.of("ontbrekend", orEmpty(ontbrekend), "waarvoor", orEmpty(waarvoor)), model);
        }
        redirect.addFlashAttribute("saved", "toolbox.missing.saved");
        return "redirect:/toolbox#gemist-instrument";
    }

    private String page(String peildatum, Refusal refused, Map<String, String> form, Model model) {
        LocalDate date;
        try {
            date = InstrumentsApi.date(peildatum);
        } catch (ApiProblem notADate) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "peildatum");
        }
        model.addAttribute("date", date);
        model.addAttribute("edition", editions.editionInForceOn(date).orElse(null));
        model.addAttribute("role", users.current().map(u -> u.role().name()).orElse(""));
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "toolbox/overzicht";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
