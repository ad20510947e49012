package nl.werkmotor.guidance;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

import nl.werkmotor.identity.Role;
import nl.werkmotor.people.Availability;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.NavigationLink;

/**
 * The case worker's pages: the caseload with search and filters (sent by POST, kept in the session), a person's file ({@link PersonFile}), the
 * intake form and the note form. A refused form comes back with every reason beside its field and nothing saved.
 */
@Controller
class CaseloadPages {

    /** The session attribute that holds the caseload search. */
    static final String SEARCH = "caseload.search";
    private static final Message INTAKE_READ = new Message(
            "Uw naam bekeken door uw klantmanager, voor het verslag van een intake",
            "Your name viewed by your case worker, for the report of an intake meeting");

    private final SignedInCaseWorker signedIn;
    private final FindCaseload caseload;
    private final PersonFile personFile;
    private final WritingNote writingNote;
    private final RecordingIntake recordingIntake;
    private final FindTargetGroups targetGroups;

    CaseloadPages(SignedInCaseWorker signedIn, FindCaseload caseload, PersonFile personFile, WritingNote writingNote,
                  RecordingIntake recordingIntake, FindTargetGroups targetGroups) {
        this.targetGroups = targetGroups;
        this.signedIn = signedIn;
        this.caseload = caseload;
        this.personFile = personFile;
        this.writingNote = writingNote;
        this.recordingIntake = recordingIntake;
    }

    @Bean
    static NavigationLink caseloadLink() {
        return new NavigationLink("/caseload", "nav.caseload", 20, Set.of(Role.KLANTMANAGER));
    }

    /** The caseload as the case worker last searched it in this session; everyone at first. */
    @GetMapping("/caseload")
    String caseload(HttpSession session, Locale locale, Model model) {
        CaseWorker caseWorker = signedIn.current();
        Search search = session.getAttribute(SEARCH) instanceof Search searched ? searched : Search.EVERYONE;
        CaseloadFilter filter = search.filter();
        model.addAttribute("people", caseload.of(caseWorker, filter, 0, Integer.MAX_VALUE));
        model.addAttribute("searchName", search.name());
        model.addAttribute("searching", !filter.equals(CaseloadFilter.EVERYONE));
        model.addAttribute("total", caseload.size(caseWorker));
        model.addAttribute("filter", filter);
        // the filter offers every group of the list, inactive ones too: people stay in those
        model.addAttribute("targetGroups", targetGroups.all());
        model.addAttribute("groupNames", targetGroups.namesIn(locale));
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("motivations", Motivation.values());
        model.addAttribute("visibilities", Visibility.values());
        return "begeleiding/caseload";
    }

    /**
     * The search, sent in the body and kept in the session, then the list again (post/redirect/get): a client's
     * name never stands in an address, so not in access logs, the browser's history or a Referer either.
     */
    @PostMapping("/caseload")
    String search(@RequestParam(defaultValue = "") String naam, @RequestParam(defaultValue = "") String doelgroep,
                  @RequestParam(defaultValue = "") String beschikbaarheid,
                  @RequestParam(defaultValue = "") String motivatie,
                  @RequestParam(defaultValue = "") String zichtbaarheid,
                  @RequestParam(required = false) String wissen, HttpSession session) {
        if (wissen != null) {
            session.removeAttribute(SEARCH);
            return "redirect:/caseload";
        }
        try {
            session.setAttribute(SEARCH, new Search(naam.strip(),
                    CaseloadFilter.parse(targetGroups.codes(), naam, doelgroep, beschikbaarheid, motivatie, zichtbaarheid)));
        } catch (Refusal refused) { // only a hand-made request holds a value the form does not offer
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        return "redirect:/caseload";
    }

    @GetMapping("/caseload/{id}")
    String person(@PathVariable long id, Locale locale, Model model) {
        return personFile.show(signedIn.current(), id, locale, model, null, Map.of());
    }

    @PostMapping("/caseload/{id}/notities")
    String writeNote(@PathVariable long id, @RequestParam(required = false) String doel,
                     @RequestParam(required = false) String tekst, Locale locale, Model model,
                     RedirectAttributes redirect) {
        CaseWorker caseWorker = signedIn.current();
        try {
            writingNote.write(new WriteNoteCommand(caseWorker, id, doel, tekst));
        } catch (Refusal refused) {
            return personFile.show(caseWorker, id, locale, model, refused,
                    Map.of("doel", orEmpty(doel), "tekst", orEmpty(tekst)));
        }
        redirect.addFlashAttribute("saved", "caseload.note.saved");
        return "redirect:/caseload/" + id + "#notities";
    }

    @GetMapping("/caseload/{id}/intake")
    String intakeForm(@PathVariable long id, Model model) {
        model.addAttribute("person", caseload.file(signedIn.current(), id, INTAKE_READ));
        model.addAttribute("form", Map.of());
        return "begeleiding/intake";
    }

    @PostMapping("/caseload/{id}/intake")
    String recordIntake(@PathVariable long id, @RequestParam(required = false) String situatie,
                        @RequestParam(required = false) String wensen,
                        @RequestParam(required = false) String ondersteuning,
                        @RequestParam(required = false) String afspraken, Model model, RedirectAttributes redirect) {
        CaseWorker caseWorker = signedIn.current();
        try {
            recordingIntake.record(new RecordIntakeCommand(caseWorker, id, situatie, wensen, ondersteuning, afspraken));
        } catch (Refusal refused) {
            model.addAttribute("person", caseload.file(caseWorker, id, INTAKE_READ));
            model.addAttribute("refused", refused);
            model.addAttribute("form", Map.of("situatie", orEmpty(situatie), "wensen", orEmpty(wensen),
                    "ondersteuning", orEmpty(ondersteuning), "afspraken", orEmpty(afspraken)));
            return "begeleiding/intake";
        }
        redirect.addFlashAttribute("saved", "caseload.intake.saved");
        return "redirect:/caseload/" + id + "#intake";
    }

    /** What the case worker searched for: the name as typed, shown again, and the filter it makes. */
    private record Search(String name, CaseloadFilter filter) {

        static final Search EVERYONE = new Search("", CaseloadFilter.EVERYONE);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
