package nl.werkmotor.people;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The region's target-group list: read by the professionals (never by employers: who belongs to which group is
 * none of theirs, and neither is how the region counts them), kept by the beheerder (web.SecurityConfiguration).
 */
@RestController
class TargetGroupApi {

    private final FindTargetGroups groups;
    private final AddingTargetGroup adding;
    private final ChangingTargetGroup changing;
    private final FindCurrentUser currentUser;

    TargetGroupApi(FindTargetGroups groups, AddingTargetGroup adding, ChangingTargetGroup changing,
                   FindCurrentUser currentUser) {
        this.groups = groups;
        this.adding = adding;
        this.changing = changing;
        this.currentUser = currentUser;
    }

    /**
     * One target group of the list.
     *
     * @param code       the stable identifier other modules and the figures use, e.g. BANENAFSPRAAK
     * @param naam       the Dutch name, e.g. "banenafspraak (doelgroepregister)"
     * @param naamEngels the English name
     * @param actief     false: kept for the people in it and the figures, offered to no one new
     * @param volgorde   its place in the list (ascending)
     */
    record Doelgroep(String code, String naam, String naamEngels, String omschrijving, String omschrijvingEngels,
                     boolean actief, int volgorde) {

        static Doelgroep of(TargetGroupDefinition d) {
            return new Doelgroep(d.code(), d.nameNl(), d.nameEn(), d.descriptionNl(), d.descriptionEn(), d.active(),
                    d.sortOrder());
        }
    }

    /**
     * A new target group, or new names of one (the code in the path never changes).
     *
     * @param code     only when adding: capitals, digits and '_', 2 to 50 characters
     * @param actief   absent: active
     * @param volgorde absent: at the end when adding, where it was when changing
     */
    record DoelgroepInvoer(String code, String naam, String naamEngels, String omschrijving, String omschrijvingEngels,
                           Boolean actief, Integer volgorde) {

        TargetGroupForm form() {
            return new TargetGroupForm(naam, naamEngels, omschrijving, omschrijvingEngels, actief == null || actief,
                    volgorde);
        }
    }

    @GetMapping("/api/v1/doelgroepen")
    List<Doelgroep> list() {
        return groups.all().stream().map(Doelgroep::of).toList();
    }

    @GetMapping("/api/v1/doelgroepen/{code}")
    Doelgroep one(@PathVariable String code) {
        return Doelgroep.of(known(code).flatMap(groups::byCode).orElseThrow(() -> notFound(code)));
    }

    /** @throws ApiProblem 400 naming every field to fix; nothing is saved */
    @PostMapping("/api/v1/doelgroepen")
    ResponseEntity<Doelgroep> add(@RequestBody DoelgroepInvoer body) {
        try {
            Doelgroep added = Doelgroep.of(adding.add(new AddTargetGroup(body.code(), body.form(), login())));
            return ResponseEntity.created(URI.create("/api/v1/doelgroepen/" + added.code())).body(added);
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    /** @throws ApiProblem 400 naming every field to fix (nothing is saved), 404 for a code not in the list */
    @PutMapping("/api/v1/doelgroepen/{code}")
    Doelgroep change(@PathVariable String code, @RequestBody DoelgroepInvoer body) {
        TargetGroup group = known(code).orElseThrow(() -> notFound(code));
        try {
            return Doelgroep.of(changing.change(new ChangeTargetGroup(group, body.form(), login())));
        } catch (TargetGroupNotFound absent) {
            throw notFound(code);
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    private static Optional<TargetGroup> known(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return TargetGroup.isCode(upper) ? Optional.of(new TargetGroup(upper)) : Optional.empty();
    }

    private String login() {
        return currentUser.current().map(CurrentUser::username).orElseThrow();
    }

    private static ApiProblem notFound(String code) {
        String shown = code.length() > 50 ? code.substring(0, 50) + "…" : code;
        return ApiProblem.notFound(new Message("Doelgroep niet gevonden", "Target group not found"),
                new Message("De lijst heeft geen doelgroep " + shown + ".", "The list has no target group " + shown + "."));
    }
}
