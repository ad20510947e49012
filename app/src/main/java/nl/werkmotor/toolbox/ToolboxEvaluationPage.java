package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Toolbox evaluation ({@code /toolbox/evaluatie}, beheerder and beleidsmedewerker): use per instrument, per
 * organisation and per account manager, the instruments never used, and the notes of instruments missed. Until
 * placements record the instruments used, "use" is the page's own measure, and it says so: the instruments that
 * applied on account managers' candidate proposals, once per vacancy and account manager. No person in any of it.
 */
@Controller
class ToolboxEvaluationPage {

    private final ToolboxUse use;
    private final FindEditions editions;

    ToolboxEvaluationPage(ToolboxUse use, FindEditions editions) {
        this.use = use;
        this.editions = editions;
    }

    @GetMapping("/toolbox/evaluatie")
    String evaluation(Model model) {
        List<ToolboxUse.Count> perInstrument = use.perInstrument();
        Set<String> used = perInstrument.stream().map(ToolboxUse.Count::key).collect(Collectors.toSet());
        InstrumentEdition edition = editions.editionInForceOn(LocalDate.now(ToolboxClock.SYSTEM)).orElse(null);
        model.addAttribute("edition", edition);
        model.addAttribute("perInstrument", perInstrument);
        model.addAttribute("perOrganisation", use.perOrganisation());
        model.addAttribute("perAccountManager", use.perAccountManager());
        model.addAttribute("neverUsed", edition == null ? List.of()
                : edition.instruments().stream().filter(i -> !used.contains(i.code())).toList());
        model.addAttribute("names", edition == null ? java.util.Map.of() : edition.instruments().stream()
                .collect(Collectors.toMap(Instrument::code, i -> i)));
        model.addAttribute("notes", use.notes());
        return "toolbox/evaluatie";
    }
}
