package nl.werkmotor.placements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.identity.Role;
import nl.werkmotor.placements.FindOwnPlacements.PersonPlacements;
import nl.werkmotor.showcase.FindIntroductionsForPlacement;
import nl.werkmotor.showcase.FindIntroductionsForPlacement.IntroductionForPlacement;
import nl.werkmotor.toolbox.FindEditions;
import nl.werkmotor.web.FormDate;
import nl.werkmotor.web.NavigationLink;

/**
 * The placement pages of the two sides that record them. The case worker: the caseload's placements
 * ({@code /caseload/plaatsingen}), the placements of one person beside their file with the form that records one
 * from an introduction the person said yes to ({@code /caseload/{id}/plaatsingen}), and a placement's page under the
 * person ({@code /caseload/{id}/plaatsingen/{placement}}). The account manager: the placements at the employers they
 * own, or at one of them ({@code /portefeuille/plaatsingen?werkgever=}), with the form that records one from an
 * introduction said yes to at one of them, and a placement's page ({@code /portefeuille/plaatsingen/{placement}}). A placement's
 * page shows every step with its date, the history with who made each change, the contract, the instruments with
 * their edition, the form for the next step and, for the other side, the confirmation. The use cases decide who may
 * do what ({@link PlacementAccess}, {@link PlacementPolicy}); a refused form comes back with every reason beside its
 * field and nothing changed; an id the user may not see is a 404.
 */
@Controller
class PlacementPages {

    static final String CASELOAD = "/caseload/plaatsingen";
    static final String PORTFOLIO = "/portefeuille/plaatsingen";
    private static final Base PORTFOLIO_LIST = new Base(PORTFOLIO, "placements.title");
    /** When a change was made, as a clock in the Netherlands shows it. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(TakingPlacementStep.NETHERLANDS);
    private static final List<String> FIELDS = List.of("stap", "datum", "urenPerWeek", "contractMaanden",
            "uitstroomUitkering", "uitstroomDatum", "reden");

    private final FindOwnPlacements find;
    private final RecordingPlacement recording;
    private final TakingPlacementStep taking;
    private final ConfirmingPlacement confirming;
    private final FindIntroductionsForPlacement introductions;
    private final FindEditions editions;
    private final FindEmployers employers;

    PlacementPages(FindOwnPlacements find, RecordingPlacement recording, TakingPlacementStep taking,
                   ConfirmingPlacement confirming, FindIntroductionsForPlacement introductions, FindEditions editions,
                   FindEmployers employers) {
        this.find = find;
        this.recording = recording;
        this.taking = taking;
        this.confirming = confirming;
        this.introductions = introductions;
        this.editions = editions;
        this.employers = employers;
    }

    @Bean
    static NavigationLink caseloadPlacementsLink() {
        return new NavigationLink(CASELOAD, "nav.placements", 21, Set.of(Role.KLANTMANAGER));
    }

    @Bean
    static NavigationLink portfolioPlacementsLink() {
        return new NavigationLink(PORTFOLIO, "nav.placements", 23, Set.of(Role.ACCOUNTMANAGER));
    }

    // ---- the case worker ----

    @GetMapping(CASELOAD)
    String caseload(Model model) {
        model.addAttribute("rows", find.ofCaseload().stream().map(g -> new Row(g.placement(),
                "/caseload/" + g.personId() + "/plaatsingen/" + g.placement().id())).toList());
        model.addAttribute("side", "caseload");
        return "plaatsingen/lijst";
    }

    @GetMapping("/caseload/{id}/plaatsingen")
    String person(@PathVariable long id, Model model) {
        return personPage(id, model, null, null);
    }

    @PostMapping("/caseload/{id}/plaatsingen")
    String recordForPerson(@PathVariable long id, @RequestParam(required = false) Long kennismaking, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        try {
            PlacementView recorded = found(() -> recording.record(RecordPlacement.of(kennismaking)));
            redirect.addFlashAttribute("saved", "placements.recorded");
            long person = introductions.byId(recorded.introductionId()).map(IntroductionForPlacement::personId)
                    .orElse(id); // the person the use case let the user record for, whatever the address said
            return "redirect:/caseload/" + person + "/plaatsingen/" + recorded.id();
        } catch (PlacementRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return personPage(id, model, refused, kennismaking);
        }
    }

    @GetMapping("/caseload/{id}/plaatsingen/{placement}")
    String caseWorkersPlacement(@PathVariable long id, @PathVariable long placement, Model model) {
        return page(found(() -> find.ofGuidedPerson(id, placement)), caseWorkerBase(id), model, null, Map.of(),
                List.of());
    }

    @PostMapping("/caseload/{id}/plaatsingen/{placement}/stap")
    String caseWorkersStep(@PathVariable long id, @PathVariable long placement,
                           @RequestParam Map<String, String> form,
                           @RequestParam(required = false) List<String> instrumenten, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        return step(placement, caseWorkerBase(id), form, instrumenten, model, response, redirect);
    }

    @PostMapping("/caseload/{id}/plaatsingen/{placement}/bevestiging")
    String caseWorkersConfirmation(@PathVariable long id, @PathVariable long placement, Model model,
                                   HttpServletResponse response, RedirectAttributes redirect) {
        return confirm(placement, caseWorkerBase(id), model, response, redirect);
    }

    // ---- the account manager ----

    @GetMapping(PORTFOLIO)
    String portfolio(@RequestParam(required = false) Long werkgever, Model model) {
        return portfolioPage(werkgever, model, null, null);
    }

    @PostMapping(PORTFOLIO)
    String recordForEmployer(@RequestParam(required = false) Long kennismaking,
                             @RequestParam(required = false) Long werkgever, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        try {
            PlacementView recorded = found(() -> recording.record(RecordPlacement.of(kennismaking)));
            redirect.addFlashAttribute("saved", "placements.recorded");
            return "redirect:" + PORTFOLIO + "/" + recorded.id();
        } catch (PlacementRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return portfolioPage(werkgever, model, refused, kennismaking);
        }
    }

    @GetMapping(PORTFOLIO + "/{placement}")
    String accountManagersPlacement(@PathVariable long placement, Model model) {
        return page(found(() -> find.byId(placement)), PORTFOLIO_LIST, model, null, Map.of(), List.of());
    }

    @PostMapping(PORTFOLIO + "/{placement}/stap")
    String accountManagersStep(@PathVariable long placement, @RequestParam Map<String, String> form,
                               @RequestParam(required = false) List<String> instrumenten, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        return step(placement, PORTFOLIO_LIST, form, instrumenten, model, response, redirect);
    }

    @PostMapping(PORTFOLIO + "/{placement}/bevestiging")
    String accountManagersConfirmation(@PathVariable long placement, Model model, HttpServletResponse response,
                                       RedirectAttributes redirect) {
        return confirm(placement, PORTFOLIO_LIST, model, response, redirect);
    }

    // ---- shared ----

    /** The list a placement's page is under (its address is the list's and its id), and the list's name. */
    record Base(String back, String backKey) {
    }

    /** A placement in a list, with the address of its page. */
    record Row(PlacementView placement, String href) {
    }

    private Base caseWorkerBase(long id) {
        return new Base("/caseload/" + id + "/plaatsingen", "placements.person.back");
    }

    private String personPage(long id, Model model, PlacementRefused refused, Long chosen) {
        PersonPlacements person = found(() -> find.ofGuidedPerson(id));
        model.addAttribute("person", person);
        model.addAttribute("rows", person.placements().stream()
                .map(p -> new Row(p, "/caseload/" + id + "/plaatsingen/" + p.id())).toList());
        model.addAttribute("choices", found(() -> recording.recordableOfPerson(id)));
        model.addAttribute("recordAction", "/caseload/" + id + "/plaatsingen");
        model.addAttribute("side", "person");
        model.addAttribute("refused", refused);
        model.addAttribute("chosen", chosen);
        return "plaatsingen/lijst";
    }

    private String portfolioPage(Long employerId, Model model, PlacementRefused refused, Long chosen) {
        List<PlacementView> shown = employerId == null ? find.visible() : found(() -> find.ofEmployer(employerId));
        model.addAttribute("rows", shown.stream().map(p -> new Row(p, PORTFOLIO + "/" + p.id())).toList());
        model.addAttribute("choices", found(() -> recording.recordableAtEmployers(employerId)));
        model.addAttribute("employer", employerId == null ? null
                : employers.byId(employerId).map(Employer::name).orElse(null));
        model.addAttribute("employerId", employerId);
        model.addAttribute("recordAction", PORTFOLIO);
        model.addAttribute("side", "portfolio");
        model.addAttribute("refused", refused);
        model.addAttribute("chosen", chosen);
        return "plaatsingen/lijst";
    }

    private String step(long placement, Base base, Map<String, String> form, List<String> instruments, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        List<String> chosen = instruments == null ? List.of() : instruments;
        StepForm typed = new StepForm(form.get("stap"), form.get("datum"), form.get("urenPerWeek"),
                form.get("contractMaanden"), form.get("uitstroomUitkering"), form.get("uitstroomDatum"), chosen,
                form.get("reden"));
        try {
            found(() -> taking.take(typed.command(placement)));
        } catch (PlacementRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            PlacementView current = found(() -> find.byId(placement));
            return page(current, base, model, refused, typedFields(form), chosen);
        }
        redirect.addFlashAttribute("saved", "placements.step.saved");
        return "redirect:" + path(base, placement);
    }

    private String confirm(long placement, Base base, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        try {
            found(() -> confirming.confirm(placement));
        } catch (PlacementRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(found(() -> find.byId(placement)), base, model, refused, Map.of(), List.of());
        }
        redirect.addFlashAttribute("saved", "placements.confirmed");
        return "redirect:" + path(base, placement);
    }

    private static String path(Base base, long placement) {
        return base.back() + "/" + placement;
    }

    private String page(PlacementView placement, Base base, Model model, PlacementRefused refused,
                        Map<String, String> form, List<String> chosenInstruments) {
        LocalDate today = LocalDate.now(TakingPlacementStep.NETHERLANDS);
        LocalDate on = Optional.ofNullable(form.get("datum")).flatMap(FormDate::parse).orElse(today);
        model.addAttribute("placement", placement);
        model.addAttribute("path", path(base, placement.id()));
        model.addAttribute("back", base.back());
        model.addAttribute("backKey", base.backKey());
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        model.addAttribute("chosenInstruments", chosenInstruments);
        model.addAttribute("edition", editions.editionInForceOn(on).orElse(null));
        model.addAttribute("benefits", PlacementPolicy.BENEFITS.stream().sorted().toList());
        model.addAttribute("steps", List.of(PlacementStep.values()));
        model.addAttribute("today", today);
        model.addAttribute("when", WHEN);
        List<PlacementStep> next = placement.nextSteps();
        boolean start = next.contains(PlacementStep.STARTED);
        model.addAttribute("startNext", start);
        model.addAttribute("outflowNext", start || next.contains(PlacementStep.AFTERCARE)
                && placement.outflowBenefit() == null);
        model.addAttribute("endNext", next.contains(PlacementStep.ENDED));
        return "plaatsingen/plaatsing";
    }

    private static Map<String, String> typedFields(Map<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        FIELDS.forEach(field -> typed.put(field, form.getOrDefault(field, "")));
        return typed;
    }

    /** @throws ResponseStatusException 404 for a placement, person or introduction the user may not see */
    private static <T> T found(Supplier<T> call) {
        try {
            return call.get();
        } catch (PlacementNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
