package nl.werkmotor.sectorplans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.platform.Refusal;

/**
 * The targets per year (read by the region's professionals), the form to add one and a target's page with its
 * history and, for the beleidsmedewerker and beheerder, the form to change it.
 */
@Controller
class TargetPages {

    static final String PATH = "/doelen";
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final FindTargets targets;
    private final SettingTarget setting;
    private final FindSectorPlans plans;
    private final FindTargetGroups targetGroups;
    private final FindCurrentUser currentUser;

    TargetPages(FindTargets targets, SettingTarget setting, FindSectorPlans plans, FindTargetGroups targetGroups,
                FindCurrentUser currentUser) {
        this.targets = targets;
        this.setting = setting;
        this.plans = plans;
        this.targetGroups = targetGroups;
        this.currentUser = currentUser;
    }

    /** A target as the list shows it: what it is for, by name. */
    public record Line(TargetRow row, String scopeName) {
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String jaar, Locale locale, Model model) {
        int thisYear = LocalDate.now(NETHERLANDS).getYear();
        int year = jaar != null && jaar.matches("20[0-9]{2}|2100") ? Integer.parseInt(jaar) : thisYear;
        TreeSet<Integer> years = new TreeSet<>(targets.years());
        years.add(thisYear);
        years.add(year);
        Map<String, String> names = scopeNames(locale);
        model.addAttribute("year", year);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("lines", targets.rowsFor(year).stream().map(r -> new Line(r, name(r.target(), names)))
                .toList());
        model.addAttribute("maySet", TargetPolicy.maySet(user()));
        return "doelen/overzicht";
    }

    @GetMapping(PATH + "/nieuw")
    String blank(@RequestParam(required = false) String jaar, Locale locale, Model model) {
        mustSet();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jaar", jaar != null && jaar.matches("[0-9]{4}") ? jaar
                : String.valueOf(LocalDate.now(NETHERLANDS).getYear()));
        return formPage(null, model, values, null, locale);
    }

    @PostMapping(PATH)
    String add(@RequestParam MultiValueMap<String, String> typed, Locale locale, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        return set(0, null, typed, locale, model, redirect, response);
    }

    @GetMapping(PATH + "/{id}")
    String target(@PathVariable String id, Locale locale, Model model) {
        TargetRow row = known(id);
        return formPage(row, model, values(row.target()), null, locale);
    }

    @PostMapping(PATH + "/{id}")
    String change(@PathVariable String id, @RequestParam MultiValueMap<String, String> typed, Locale locale,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        TargetRow row = known(id);
        return set(row.id(), row, typed, locale, model, redirect, response);
    }

    private String set(long id, TargetRow row, MultiValueMap<String, String> typed, Locale locale, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        mustSet();
        TargetForm form = new TargetForm(typed.getFirst("jaar"), typed.getFirst("niveau"), typed.getFirst("sleutel"),
                typed.getFirst("soort"), typed.getFirst("aantal"), typed.getFirst("afgesprokenDoor"),
                typed.getFirst("afgesprokenOp"), typed.getFirst("notitie"));
        try {
            TargetRow saved = setting.set(new SetTarget(id, form, user()));
            redirect.addFlashAttribute("saved", saved.id());
            return "redirect:" + PATH + "?jaar=" + saved.target().year();
        } catch (NotAllowed refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(row, model, typed.toSingleValueMap(), refused, locale);
        }
    }

    private String formPage(TargetRow row, Model model, Map<String, String> values, Refusal refused, Locale locale) {
        model.addAttribute("target", row);
        model.addAttribute("zone", NETHERLANDS);
        model.addAttribute("scopeName", row == null ? null : name(row.target(), scopeNames(locale)));
        model.addAttribute("history", row == null ? List.of() : targets.changesOf(row.id()));
        model.addAttribute("form", values);
        model.addAttribute("refused", refused);
        model.addAttribute("maySet", TargetPolicy.maySet(user()));
        model.addAttribute("scopes", List.of(TargetScope.values()));
        model.addAttribute("kinds", List.of(TargetKind.values()));
        model.addAttribute("organisations", sorted(plans.organisationNames()));
        Map<String, String> sectors = new LinkedHashMap<>();
        plans.sectors().forEach(s -> sectors.put(s.code(), s.name(locale)));
        model.addAttribute("sectors", sectors.entrySet().stream().toList());
        model.addAttribute("targetGroups", targetGroups.all().stream().map(g -> Map.entry(g.code(),
                "en".equals(locale.getLanguage()) ? g.nameEn() : g.nameNl())).toList());
        return "doelen/doel";
    }

    private static List<Map.Entry<String, String>> sorted(Map<String, String> names) {
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    private static Map<String, String> values(Target t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jaar", String.valueOf(t.year()));
        values.put("niveau", t.scope().name());
        values.put("sleutel", t.scopeKey() == null ? "" : t.scopeKey());
        values.put("soort", t.kind().name());
        values.put("aantal", String.valueOf(t.count()));
        values.put("afgesprokenDoor", t.agreedBy());
        values.put("afgesprokenOp", SectorPlanPages.shown(t.agreedOn()));
        values.put("notitie", t.note() == null ? "" : t.note());
        return values;
    }

    /** Organisations, sectors and target groups by their keys, with the scope as prefix. */
    private Map<String, String> scopeNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        plans.organisationNames().forEach((k, v) -> names.put("ORGANISATION:" + k, v));
        plans.sectors().forEach(s -> names.put("SECTOR:" + s.code(), s.name(locale)));
        targetGroups.all().forEach(g -> names.put("TARGET_GROUP:" + g.code(),
                "en".equals(locale.getLanguage()) ? g.nameEn() : g.nameNl()));
        return names;
    }

    private static String name(Target t, Map<String, String> names) {
        return t.scopeKey() == null ? null : names.getOrDefault(t.scope() + ":" + t.scopeKey(), t.scopeKey());
    }

    private TargetRow known(String id) {
        return TargetApi.id(id).flatMap(targets::row).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void mustSet() {
        if (!TargetPolicy.maySet(user())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private CurrentUser user() {
        return currentUser.current().orElseThrow();
    }
}
