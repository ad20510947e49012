package nl.werkmotor.toolbox;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.werkmotor.platform.Refusal;

/**
 * The beheerder's editions ({@code /toolbox/edities}): the history, a new draft (date, kind of change, what and
 * why), a draft's instruments to change, and the steps review and publish. A refused form comes back as typed with
 * each reason beside its field.
 */
@Controller
class EditionPages {

    private final FindEditions editions;
    private final PreparingEdition preparing;
    private final ChangingDraftEdition changing;
    private final PublishingEdition publishing;

    EditionPages(FindEditions editions, PreparingEdition preparing, ChangingDraftEdition changing,
                 PublishingEdition publishing) {
        this.editions = editions;
        this.preparing = preparing;
        this.changing = changing;
        this.publishing = publishing;
    }

    @GetMapping("/toolbox/edities")
    String history(Model model) {
        return history(null, Map.of(), model);
    }

    @PostMapping("/toolbox/edities")
    String prepare(@RequestParam(required = false) String ingangsdatum, @RequestParam(required = false) String soort,
                   @RequestParam(required = false) String wat, Model model, HttpServletResponse response) {
        try {
            long id = preparing.prepare(new PrepareEdition(ingangsdatum, soort, wat));
            return "redirect:/toolbox/edities/" + id;
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return history(refused, Map.of("ingangsdatum", orEmpty(ingangsdatum), "soort", orEmpty(soort), "wat",
                    orEmpty(wat)), model);
        }
    }

    @GetMapping("/toolbox/edities/{id}")
    String edition(@PathVariable long id, Model model) {
        return edition(id, null, Map.of(), model);
    }

    @PostMapping("/toolbox/edities/{id}/instrument")
    String change(@PathVariable long id, @RequestParam(required = false) String instrument,
                  @RequestParam(required = false) String bedrag, @RequestParam(required = false) String maximum,
                  @RequestParam(required = false) String tot, @RequestParam(required = false) String voorwaarden,
                  @RequestParam(required = false) String voorwaardenEngels, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            changing.change(new ChangeInstrument(id, orEmpty(instrument), bedrag, maximum, tot, voorwaarden,
                    voorwaardenEngels));
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edition(id, refused, Map.of("instrument", orEmpty(instrument), "bedrag", orEmpty(bedrag), "maximum",
                    orEmpty(maximum), "tot", orEmpty(tot), "voorwaarden", orEmpty(voorwaarden), "voorwaardenEngels",
                    orEmpty(voorwaardenEngels)), model);
        }
        redirect.addFlashAttribute("saved", "toolbox.edition.changed");
        return "redirect:/toolbox/edities/" + id;
    }

    @PostMapping("/toolbox/edities/{id}/beoordelen")
    String review(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            publishing.review(id);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edition(id, refused, Map.of(), model);
        }
        redirect.addFlashAttribute("saved", "toolbox.edition.reviewed");
        return "redirect:/toolbox/edities/" + id;
    }

    @PostMapping("/toolbox/edities/{id}/publiceren")
    String publish(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            publishing.publish(id);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edition(id, refused, Map.of(), model);
        }
        redirect.addFlashAttribute("saved", "toolbox.edition.published");
        return "redirect:/toolbox/edities/" + id;
    }

    private String history(Refusal refused, Map<String, String> form, Model model) {
        model.addAttribute("editions", editions.history());
        model.addAttribute("kinds", new ChangeKind[] {ChangeKind.LAW_CHANGE, ChangeKind.PRACTICE_EXPERIENCE,
                ChangeKind.CORRECTION});
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "toolbox/edities";
    }

    private String edition(long id, Refusal refused, Map<String, String> form, Model model) {
        InstrumentEdition edition = editions.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("edition", edition);
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "toolbox/editie";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
