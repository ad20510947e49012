package nl.werkmotor.guidance;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.toolbox.EvaluateInstruments;
import nl.werkmotor.toolbox.EvaluatingInstruments;
import nl.werkmotor.toolbox.NoSuchEvaluation;
import nl.werkmotor.toolbox.ToolboxQuery;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The Toolbox on the person's file ({@code /caseload/{id}/instrumenten?vacature=}): the instruments for this person
 * and a vacancy on a date, with each rule's reason, linked from each proposed vacancy. Someone outside the caseload is
 * a 404, as on the file itself.
 */
@Controller
class InstrumentPage {

    private final SignedInCaseWorker signedIn;
    private final FindCaseload caseload;
    private final EvaluatingInstruments evaluating;

    InstrumentPage(SignedInCaseWorker signedIn, FindCaseload caseload, EvaluatingInstruments evaluating) {
        this.signedIn = signedIn;
        this.caseload = caseload;
        this.evaluating = evaluating;
    }

    @GetMapping("/caseload/{id}/instrumenten")
    String instruments(@PathVariable long id, @RequestParam(required = false) String vacature,
                       @RequestParam(required = false) String peildatum,
                       @RequestParam(required = false) String contractmaanden, Model model) {
        ToolboxQuery query = ToolboxQuery.parse(vacature, peildatum, contractmaanden)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        model.addAttribute("person", caseload.member(signedIn.current(), id));
        try {
            model.addAttribute("evaluation", evaluating.evaluate(new EvaluateInstruments(id, query.vacancyId(),
                    query.date(), query.contractMonths(), ProcessingPurpose.GUIDANCE, new Message(
                    "Welke regelingen passen bij u en een vacature, bekeken door uw klantmanager",
                    "Which measures suit you and a vacancy, viewed by your case worker"))));
        } catch (NoSuchEvaluation missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("query", query);
        return "begeleiding/instrumenten";
    }
}
