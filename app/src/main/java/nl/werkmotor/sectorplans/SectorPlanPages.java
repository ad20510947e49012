package nl.werkmotor.sectorplans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
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

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.EmployersBySector;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.NavigationLink;

/**
 * The region's sector plans: the list of sectors, a sector's plan with its computed analysis and its history, and the
 * form to save a new version and to name the sectortrekker (web.SecurityConfiguration lets the professionals read;
 * {@link SectorPlanPolicy} decides who saves which sector's plan).
 */
@Controller
class SectorPlanPages {

    static final String PATH = "/sectorplannen";
    /** How many of the sector's employers the form offers as key accounts, the largest first. */
    static final int EMPLOYERS_OFFERED = 40;

    private final FindSectorPlans plans;
    private final AnalysingSectors analysing;
    private final SavingSectorPlan saving;
    private final ChangingSectorLead changingLead;
    private final FindEmployers employers;
    private final EmployersBySector bySector;
    private final FindCurrentUser currentUser;

    SectorPlanPages(FindSectorPlans plans, AnalysingSectors analysing, SavingSectorPlan saving,
                    ChangingSectorLead changingLead, FindEmployers employers, EmployersBySector bySector,
                    FindCurrentUser currentUser) {
        this.plans = plans;
        this.analysing = analysing;
        this.saving = saving;
        this.changingLead = changingLead;
        this.employers = employers;
        this.bySector = bySector;
        this.currentUser = currentUser;
    }

    @Bean
    static NavigationLink sectorPlansLink() {
        return new NavigationLink(PATH, "nav.sectorPlans", 64, SectorPlanPolicy.READERS);
    }

    /** A key account as the plan shows it: the employer's name, and a link where the viewer may open its file. */
    public record KeyAccount(long id, String name, String href) {
    }

    /** A line of the analysis's figures: its message key's last part and the figure. */
    public record FigureRow(String key, SectorAnalysis.Figure figure) {
    }

    /** A change of the sector's adopter or trekker, as the page says it. */
    public record ChangeLine(java.time.Instant at, String by, String text) {
    }

    /** One row of projects on the form, as typed or as saved. */
    public record ProjectRow(int index, String name, String partners, String goal, String from, String to) {

        public String field(String name) {
            return "projecten[" + index + "]." + name;
        }
    }

    @GetMapping(PATH)
    String list(Model model) {
        CurrentUser user = user();
        List<AdoptedSector> sectors = plans.sectors();
        model.addAttribute("sectors", sectors);
        model.addAttribute("zone", TargetPages.NETHERLANDS);
        model.addAttribute("plans", plans.currentPlans());
        model.addAttribute("editable", sectors.stream().filter(s -> SectorPlanPolicy.maySave(user, s))
                .map(AdoptedSector::code).toList());
        return "sectorplannen/overzicht";
    }

    @GetMapping(PATH + "/{code}")
    String plan(@PathVariable String code, Locale locale, Model model) {
        AdoptedSector sector = known(code);
        SectorPlan plan = plans.current(code).orElseThrow();
        CurrentUser user = user();
        model.addAttribute("sector", sector);
        model.addAttribute("zone", TargetPages.NETHERLANDS);
        model.addAttribute("plan", plan);
        SectorAnalysis analysis = analysing.of(sector, locale);
        model.addAttribute("analysis", analysis);
        model.addAttribute("figures", List.of(new FigureRow("employers", analysis.employers()),
                new FigureRow("openVacancies", analysis.openVacancies()), new FigureRow("openLong", analysis.openLong()),
                new FigureRow("jobSeekers", analysis.jobSeekers())));
        model.addAttribute("keyAccounts", keyAccounts(plan.keyAccounts(), user));
        model.addAttribute("versions", plans.versions(code).reversed());
        Map<String, String> names = plans.organisationNames();
        model.addAttribute("changes", plans.changes(code).stream()
                .map(c -> new ChangeLine(c.changedAt(), c.changedBy(), c.text(locale, names))).toList());
        model.addAttribute("editable", SectorPlanPolicy.maySave(user, sector));
        return "sectorplannen/plan";
    }

    @GetMapping(PATH + "/{code}/bewerken")
    String edit(@PathVariable String code, Model model) {
        AdoptedSector sector = editable(code);
        return asSaved(sector, model, null, leadValues(sector), null);
    }

    @PostMapping(PATH + "/{code}/bewerken")
    String save(@PathVariable String code, @RequestParam MultiValueMap<String, String> typed, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        AdoptedSector sector = editable(code);
        SectorPlanForm form = form(typed);
        try {
            SectorPlan saved = saving.save(new SaveSectorPlan(code, form, user()));
            redirect.addFlashAttribute("saved", saved.version());
        } catch (NotAllowed refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(sector, model, typed.toSingleValueMap(), form.keyAccounts(), form.projects(), refused,
                    leadValues(sector), null);
        }
        return "redirect:" + PATH + "/" + code;
    }

    @PostMapping(PATH + "/{code}/trekker")
    String changeLead(@PathVariable String code, @RequestParam MultiValueMap<String, String> typed, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        AdoptedSector sector = editable(code);
        SectorLeadForm form = new SectorLeadForm(typed.getFirst("trekker"), typed.getFirst("trekkerOrganisatie"),
                typed.getFirst("adopterendeOrganisatie"));
        try {
            changingLead.change(new ChangeSectorLead(code, form, user()));
            redirect.addFlashAttribute("leadSaved", true);
        } catch (NotAllowed refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return asSaved(sector, model, null, typed.toSingleValueMap(), refused);
        }
        return "redirect:" + PATH + "/" + code;
    }

    /** The form with the plan as last saved, and the sectortrekker's form as given. */
    private String asSaved(AdoptedSector sector, Model model, Refusal refused, Map<String, String> lead,
                           Refusal leadRefused) {
        SectorPlan plan = plans.current(sector.code()).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("analyse", plan.analysisText());
        values.put("lokaal", String.valueOf(plan.localPlacements()));
        values.put("regionaal", String.valueOf(plan.regionalPlacements()));
        values.put("monitoring", plan.monitoring());
        List<SectorPlanForm.Project> projects = plan.projects().stream().map(p -> new SectorPlanForm.Project(p.name(),
                p.partners(), p.goal(), shown(p.startsOn()), shown(p.endsOn()))).toList();
        return form(sector, model, values, plan.keyAccounts().stream().map(String::valueOf).toList(), projects,
                refused, lead, leadRefused);
    }

    private String form(AdoptedSector sector, Model model, Map<String, String> values, List<String> keyAccounts,
                        List<SectorPlanForm.Project> projects, Refusal refused, Map<String, String> lead,
                        Refusal leadRefused) {
        CurrentUser user = user();
        Map<Long, Employer> offered = new LinkedHashMap<>();
        keyAccounts.stream().filter(k -> k.matches("[1-9][0-9]{0,17}")).map(Long::parseLong)
                .forEach(id -> employers.byId(id).ifPresent(e -> offered.put(e.id(), e)));
        bySector.largestIn(sector.sbiSections(), EMPLOYERS_OFFERED).forEach(e -> offered.putIfAbsent(e.id(), e));
        model.addAttribute("sector", sector);
        model.addAttribute("form", values);
        model.addAttribute("employers", offered.values());
        model.addAttribute("chosen", Set.copyOf(keyAccounts));
        model.addAttribute("rows", rows(projects));
        model.addAttribute("refused", refused);
        model.addAttribute("lead", lead);
        model.addAttribute("leadRefused", leadRefused);
        Map<String, String> organisations = plans.organisationNames();
        model.addAttribute("organisations", organisations.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .toList());
        model.addAttribute("trekkerKnown", sector.hasTrekker()
                && organisations.containsKey(sector.trekkerOrganisationId()));
        model.addAttribute("adopterKnown", organisations.containsKey(sector.adoptingOrganisationId()));
        model.addAttribute("mayChangeAdoption", user.role() == Role.BEHEERDER);
        return "sectorplannen/bewerken";
    }

    private static Map<String, String> leadValues(AdoptedSector sector) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("trekker", sector.trekkerName() == null ? "" : sector.trekkerName());
        values.put("trekkerOrganisatie", sector.trekkerOrganisationId() == null ? "" : sector.trekkerOrganisationId());
        values.put("adopterendeOrganisatie", sector.adoptingOrganisationId());
        return values;
    }

    private List<KeyAccount> keyAccounts(List<Long> ids, CurrentUser user) {
        boolean adviser = user.role() == Role.ACCOUNTMANAGER;
        return ids.stream().map(id -> employers.byId(id).map(e -> new KeyAccount(id, e.name(),
                adviser ? "/portefeuille/" + id : null)).orElse(new KeyAccount(id, null, null))).toList();
    }

    /** The projects as rows, and one empty row more to add one. */
    private static List<ProjectRow> rows(List<SectorPlanForm.Project> projects) {
        List<ProjectRow> rows = new ArrayList<>();
        for (SectorPlanForm.Project p : projects) {
            rows.add(new ProjectRow(rows.size(), p.name(), p.partners(), p.goal(), p.from(), p.to()));
        }
        if (rows.size() < SectorPlanForm.MAX_PROJECTS) {
            rows.add(new ProjectRow(rows.size(), "", "", "", "", ""));
        }
        return rows;
    }

    private static SectorPlanForm form(MultiValueMap<String, String> typed) {
        List<SectorPlanForm.Project> projects = new ArrayList<>();
        for (int i = 0; i <= SectorPlanForm.MAX_PROJECTS; i++) {
            String at = "projecten[" + i + "].";
            projects.add(new SectorPlanForm.Project(typed.getFirst(at + "naam"), typed.getFirst(at + "partners"),
                    typed.getFirst(at + "doel"), typed.getFirst(at + "van"), typed.getFirst(at + "tot")));
        }
        return new SectorPlanForm(typed.getFirst("analyse"), typed.getFirst("lokaal"), typed.getFirst("regionaal"),
                typed.getOrDefault("sleutelaccounts", List.of()), projects, typed.getFirst("monitoring"));
    }

    static String shown(java.time.LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }

    private AdoptedSector known(String code) {
        return plans.sector(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AdoptedSector editable(String code) {
        AdoptedSector sector = known(code);
        if (!SectorPlanPolicy.maySave(user(), sector)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return sector;
    }

    private CurrentUser user() {
        return currentUser.current().orElseThrow();
    }
}
