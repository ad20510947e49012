package nl.werkmotor.people;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.NavigationLink;
import nl.werkmotor.web.QueryNumber;

/**
 * The beheerder's pages for the region's target-group list: the list with its latest changes and a form to add
 * a group, and a form per group to rename it, describe it, move it or (de)activate it. A group is never deleted.
 */
@Controller
class TargetGroupPages {

    static final String PATH = "/beheer/doelgroepen";
    private static final int CHANGES_SHOWN = 20;

    private final FindTargetGroups groups;
    private final AddingTargetGroup adding;
    private final ChangingTargetGroup changing;
    private final FindCurrentUser currentUser;

    TargetGroupPages(FindTargetGroups groups, AddingTargetGroup adding, ChangingTargetGroup changing,
                     FindCurrentUser currentUser) {
        this.groups = groups;
        this.adding = adding;
        this.changing = changing;
        this.currentUser = currentUser;
    }

    @Bean
    static NavigationLink targetGroupsLink() {
        return new NavigationLink(PATH, "nav.targetGroups", 70, Set.of(Role.BEHEERDER));
    }

    @GetMapping(PATH)
    String list(Model model) {
        return listPage(model, null, Map.of());
    }

    @PostMapping(PATH)
    String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        try {
            TargetGroupDefinition added = adding.add(new AddTargetGroup(form.get("code"), form(form), login()));
            redirect.addFlashAttribute("saved", added.code());
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, refused, form);
        }
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{code}")
    String edit(@PathVariable String code, Model model) {
        return editPage(known(code), model, null, Map.of());
    }

    @PostMapping(PATH + "/{code}")
    String change(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        TargetGroupDefinition group = known(code);
        try {
            changing.change(new ChangeTargetGroup(group.group(), form(form), login()));
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editPage(group, model, refused, form);
        }
        redirect.addFlashAttribute("saved", group.code());
        return "redirect:" + PATH;
    }

    private String listPage(Model model, Refusal refused, Map<String, String> form) {
        model.addAttribute("groups", groups.all());
        model.addAttribute("changes", groups.changes(CHANGES_SHOWN));
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "beheer/doelgroepen";
    }

    private String editPage(TargetGroupDefinition group, Model model, Refusal refused, Map<String, String> form) {
        model.addAttribute("group", group);
        model.addAttribute("refused", refused);
        // as typed when refused, else as saved
        model.addAttribute("form", !form.isEmpty() ? form : Map.of("naam", group.nameNl(), "naamEngels", group.nameEn(),
                "omschrijving", group.descriptionNl(), "omschrijvingEngels", group.descriptionEn(),
                "actief", String.valueOf(group.active()), "volgorde", String.valueOf(group.sortOrder())));
        return "beheer/doelgroep";
    }

    /**
     * The form as typed. An order that is no whole number is refused here, with every other reason the form has in
     * itself (the use case checks the rest once the order can be read).
     */
    private static TargetGroupForm form(Map<String, String> form) {
        String order = form.getOrDefault("volgorde", "").strip();
        int sortOrder = order.isEmpty() ? 0 : QueryNumber.parse(order, 0, TargetGroupForm.MAX_SORT_ORDER);
        TargetGroupForm typed = new TargetGroupForm(form.get("naam"), form.get("naamEngels"), form.get("omschrijving"),
                form.get("omschrijvingEngels"), "true".equals(form.get("actief")), order.isEmpty() ? null : sortOrder);
        if (sortOrder < 0) {
            String shown = order.length() > 20 ? order.substring(0, 20) + "…" : order;
            Refusal.Reasons reasons = new Refusal.Reasons().add("volgorde", "Vul bij volgorde een heel getal van 0 tot "
                    + "en met " + TargetGroupForm.MAX_SORT_ORDER + " in, niet '" + shown + "'.", "Fill in a whole number "
                    + "from 0 to " + TargetGroupForm.MAX_SORT_ORDER + " for the order, not '" + shown + "'.");
            new TargetGroupForm(typed.nameNl(), typed.nameEn(), typed.descriptionNl(), typed.descriptionEn(),
                    typed.active(), null).check(reasons);
            reasons.refuseIfAny();
        }
        return typed;
    }

    private TargetGroupDefinition known(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return (TargetGroup.isCode(upper) ? groups.byCode(new TargetGroup(upper)) : Optional.<TargetGroupDefinition>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String login() {
        return currentUser.current().map(CurrentUser::username).orElseThrow();
    }
}
