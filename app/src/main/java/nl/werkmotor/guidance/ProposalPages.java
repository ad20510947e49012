package nl.werkmotor.guidance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.matching.MatchResult;
import nl.werkmotor.matching.MatchingPeopleAndWork;
import nl.werkmotor.people.Person;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Proposing vacancies to a person in the caseload: the vacancies that fit them best, each with why and what
 * is missing, a button to propose one, and the outcome of a proposal recorded on the person's file.
 */
@Controller
class ProposalPages {

    static final int FITTING = 10;

    private final SignedInCaseWorker signedIn;
    private final FindCaseload caseload;
    private final FindGuidanceRecords records;
    private final MatchingPeopleAndWork matching;
    private final RecordingProcessing processing;
    private final ProposingVacancy proposing;
    private final RecordingOutcome recordingOutcome;

    ProposalPages(SignedInCaseWorker signedIn, FindCaseload caseload, FindGuidanceRecords records,
                  MatchingPeopleAndWork matching, RecordingProcessing processing, ProposingVacancy proposing,
                  RecordingOutcome recordingOutcome) {
        this.signedIn = signedIn;
        this.caseload = caseload;
        this.records = records;
        this.matching = matching;
        this.processing = processing;
        this.proposing = proposing;
        this.recordingOutcome = recordingOutcome;
    }

    @GetMapping("/caseload/{id}/vacatures")
    String fitting(@PathVariable long id, Locale locale, Model model) {
        Person person = caseload.member(signedIn.current(), id);
        List<MatchResult> fitting = matching.vacanciesFor(id, Language.of(locale.getLanguage()).orElse(Language.NL),
                FITTING);
        processing.record(id, Operation.READ, ProcessingPurpose.MATCHING,
                new Message("Uw profiel vergeleken met vacatures door uw klantmanager",
                        "Your profile compared with vacancies by your case worker"));
        Set<String> proposed = records.proposals(id).stream().map(p -> String.valueOf(p.vacancyId()))
                .collect(Collectors.toSet());
        model.addAttribute("person", person);
        model.addAttribute("fitting", fitting);
        model.addAttribute("proposed", proposed);
        return "begeleiding/vacatures";
    }

    @PostMapping("/caseload/{id}/voorstellen")
    String propose(@PathVariable long id, @RequestParam(defaultValue = "0") long vacature, RedirectAttributes redirect) {
        try {
            proposing.propose(new ProposeVacancyCommand(signedIn.current(), id, vacature));
        } catch (Refusal refused) { // the buttons name vacancies that exist; only a hand-made request names none
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        redirect.addFlashAttribute("saved", "caseload.proposal.saved");
        return "redirect:/caseload/" + id + "#voorstellen";
    }

    /**
     * The field is named after the proposal ({@code uitkomst-12}): the file has a form per open proposal. A wrong
     * outcome can only come from a hand-made request, as the form offers the list.
     */
    @PostMapping("/caseload/{id}/voorstellen/{proposal}/uitkomst")
    String outcome(@PathVariable long id, @PathVariable long proposal, @RequestParam Map<String, String> form,
                   RedirectAttributes redirect) {
        try {
            recordingOutcome.record(new RecordOutcomeCommand(signedIn.current(), id, proposal,
                    form.get("uitkomst-" + proposal)));
        } catch (Refusal refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        redirect.addFlashAttribute("saved", "caseload.outcome.saved");
        return "redirect:/caseload/" + id + "#voorstellen";
    }
}
