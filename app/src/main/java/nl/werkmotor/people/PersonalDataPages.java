package nl.werkmotor.people;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.ObjectMapper;

/**
 * {@code /mijn-profiel/gegevens}: what is kept about me and who changed it, all of it to download as
 * JSON, and erasure after a confirmation step (docs/privacy.md says what it removes and what it keeps).
 */
@Controller
class PersonalDataPages {

    static final String PAGE = ProfilePages.HOME + "/gegevens";
    static final String ERASE = ProfilePages.HOME + "/verwijderen";

    private final FindSignedInPerson signedIn;
    private final FindPeople people;
    private final ExportingPersonalData exporting;
    private final ErasingPerson erasing;
    private final ObjectMapper json;

    PersonalDataPages(FindSignedInPerson signedIn, FindPeople people, ExportingPersonalData exporting,
                      ErasingPerson erasing, ObjectMapper json) {
        this.signedIn = signedIn;
        this.people = people;
        this.exporting = exporting;
        this.erasing = erasing;
        this.json = json;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return signedIn.person().map(person -> {
            model.addAttribute("person", person);
            model.addAttribute("changes", people.changes(person.id()));
            return "profiel/gegevens";
        }).orElse("redirect:" + ProfilePages.HOME);
    }

    /** A file, not a page: the browser saves it as mijn-gegevens.json. */
    @GetMapping(PAGE + "/download")
    ResponseEntity<byte[]> download(Locale locale) {
        return signedIn.person().map(person -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mijn-gegevens.json").build().toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                        exporting.export(person.id(), ProfileForms.language(locale)))))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(ERASE)
    String confirmErasure(Model model) {
        return signedIn.person().map(person -> {
            model.addAttribute("person", person);
            return "profiel/verwijderen";
        }).orElse("redirect:" + ProfilePages.HOME);
    }

    /** Only the confirmation page's button erases: a post without its {@code bevestigd=ja} goes back to that page. */
    @PostMapping(ERASE)
    String erase(@RequestParam(defaultValue = "") String bevestigd, RedirectAttributes redirect) {
        if (!bevestigd.equals("ja")) {
            return "redirect:" + ERASE;
        }
        signedIn.person().ifPresent(person -> erasing.erase(new ErasePerson(person.id(), signedIn.asAuthor())));
        redirect.addFlashAttribute("saved", "erasure.done");
        return "redirect:" + ProfilePages.HOME;
    }
}
