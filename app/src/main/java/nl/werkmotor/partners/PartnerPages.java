package nl.werkmotor.partners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.NavigationLink;

/**
 * The beheerder's pages for the region's partners: the list with the latest changes, a form to add one and a form
 * per partner to change it. A WSP's locations are rows of the same form (the ones it has and one empty row more; a
 * row left empty is left out), each with the region's municipalities to tick. A partner is never deleted.
 */
@Controller
class PartnerPages {

    static final String PATH = "/beheer/partners";
    private static final int CHANGES_SHOWN = 20;

    private final FindPartners partners;
    private final AddingPartner adding;
    private final ChangingPartner changing;
    private final FindCurrentUser currentUser;
    private final FindPlaces places;
    private final DeploymentRegion region;

    PartnerPages(FindPartners partners, AddingPartner adding, ChangingPartner changing, FindCurrentUser currentUser,
                 FindPlaces places, DeploymentRegion region) {
        this.partners = partners;
        this.adding = adding;
        this.changing = changing;
        this.currentUser = currentUser;
        this.places = places;
        this.region = region;
    }

    @Bean
    static NavigationLink partnersLink() {
        return new NavigationLink(PATH, "nav.partners", 71, Set.of(Role.BEHEERDER));
    }

    /** One row of locations on the form, as typed or as saved. */
    public record Row(int index, String name, String address, String postcode4, List<String> municipalityCodes) {

        public String field(String name) {
            return "locaties[" + index + "]." + name;
        }
    }

    @GetMapping(PATH)
    String list(Model model) {
        List<Partner> all = partners.all();
        Map<String, String> names = new HashMap<>();
        places.municipalitiesIn(region.code()).forEach(m -> names.put(m.code(), m.name()));
        model.addAttribute("partners", all);
        Map<Long, List<String>> lines = new HashMap<>();
        all.forEach(p -> lines.put(p.id(), p.locations().stream().map(l -> l.name() + ": " + String.join(", ",
                l.municipalityCodes().stream().map(c -> names.getOrDefault(c, c)).toList())).toList()));
        model.addAttribute("locationLines", lines);
        model.addAttribute("changes", partners.changes(CHANGES_SHOWN));
        model.addAttribute("region", region.name());
        return "beheer/partners";
    }

    @GetMapping(PATH + "/nieuw")
    String blank(Model model) {
        return formPage(null, model, null, Map.of(), List.of());
    }

    @PostMapping(PATH)
    String add(@RequestParam MultiValueMap<String, String> typed, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        PartnerForm form = form(typed);
        try {
            Partner added = adding.add(new AddPartner(form, login()));
            redirect.addFlashAttribute("saved", added.name());
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(null, model, refused, typed.toSingleValueMap(), form.locations());
        }
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable String id, Model model) {
        Partner partner = known(id);
        Map<String, String> values = new HashMap<>();
        values.put("organisatie", partner.organisationId());
        values.put("soort", partner.kind().name());
        values.put("naam", partner.name());
        values.put("contact", partner.contact());
        values.put("actiefVanaf", FormDates.shown(partner.activeFrom()));
        values.put("actiefTot", FormDates.shown(partner.activeTo()));
        values.put("gemeentecode", partner.municipalityCode());
        values.put("inwoners", partner.inhabitants() == null ? "" : String.valueOf(partner.inhabitants().count()));
        values.put("inwonersPeiljaar", partner.inhabitants() == null ? "" : String.valueOf(partner.inhabitants().year()));
        return formPage(partner, model, null, values, partner.locations().stream().map(l -> new PartnerForm.Location(
                l.name(), l.address(), l.postcode4(), l.municipalityCodes())).toList());
    }

    @PostMapping(PATH + "/{id}")
    String change(@PathVariable String id, @RequestParam MultiValueMap<String, String> typed, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Partner partner = known(id);
        PartnerForm form = form(typed);
        try {
            changing.change(new ChangePartner(partner.id(), form, login()));
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(partner, model, refused, typed.toSingleValueMap(), form.locations());
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:" + PATH;
    }

    private String formPage(Partner partner, Model model, Refusal refused, Map<String, String> values,
                            List<PartnerForm.Location> locations) {
        List<Municipality> municipalities = places.municipalitiesIn(region.code()).stream()
                .sorted(java.util.Comparator.comparing(Municipality::name)).toList();
        model.addAttribute("partner", partner);
        model.addAttribute("history", partner == null ? List.of() : partners.changesOf(partner.id()));
        model.addAttribute("refused", refused);
        model.addAttribute("form", values);
        model.addAttribute("kinds", List.of(PartnerKind.values()));
        model.addAttribute("rows", rows(locations));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("region", region.name());
        return "beheer/partner";
    }

    /** The locations as rows, and one empty row more to add one. */
    private static List<Row> rows(List<PartnerForm.Location> locations) {
        List<Row> rows = new ArrayList<>();
        for (PartnerForm.Location l : locations) {
            rows.add(new Row(rows.size(), l.name(), l.address(), l.postcode4(), l.municipalityCodes()));
        }
        if (rows.size() < PartnerForm.MAX_LOCATIONS) {
            rows.add(new Row(rows.size(), "", "", "", List.of()));
        }
        return rows;
    }

    /** The form as typed, with the rows of locations in their order. */
    private static PartnerForm form(MultiValueMap<String, String> typed) {
        List<PartnerForm.Location> locations = new ArrayList<>();
        for (int i = 0; i <= PartnerForm.MAX_LOCATIONS; i++) {
            String at = "locaties[" + i + "].";
            locations.add(new PartnerForm.Location(typed.getFirst(at + "naam"), typed.getFirst(at + "adres"),
                    typed.getFirst(at + "postcode"), typed.getOrDefault(at + "gemeenten", List.of())));
        }
        return new PartnerForm(typed.getFirst("organisatie"), typed.getFirst("soort"), typed.getFirst("naam"),
                typed.getFirst("contact"), typed.getFirst("actiefVanaf"), typed.getFirst("actiefTot"),
                typed.getFirst("gemeentecode"), typed.getFirst("inwoners"), typed.getFirst("inwonersPeiljaar"),
                locations);
    }

    private Partner known(String id) {
        return PartnerApi.id(id).flatMap(partners::byId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String login() {
        return currentUser.current().map(CurrentUser::username).orElseThrow();
    }
}
