package nl.werkmotor.sectorplans;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The targets the partners agreed per year: read by the region's professionals, added and changed by the
 * beleidsmedewerker and beheerder ({@link TargetPolicy}, also in web.SecurityConfiguration). No personal data.
 */
@RestController
class TargetApi {

    private final FindTargets targets;
    private final SettingTarget setting;
    private final FindCurrentUser currentUser;

    TargetApi(FindTargets targets, SettingTarget setting, FindCurrentUser currentUser) {
        this.targets = targets;
        this.setting = setting;
        this.currentUser = currentUser;
    }

    /**
     * A target for a year.
     *
     * @param niveau          REGION, ORGANISATION, SECTOR or TARGET_GROUP
     * @param sleutel         the organisation id, sector code or target group code; absent for the region
     * @param soort           PLACEMENTS, LASTING_PLACEMENTS or OUTFLOW
     * @param afgesprokenDoor who agreed it, e.g. the Kernteam
     * @param afgesprokenOp   when (YYYY-MM-DD)
     * @param notitie         e.g. "bovenop de eigen targets"
     */
    record Doel(long id, int jaar, TargetScope niveau, String sleutel, TargetKind soort, int aantal,
                String afgesprokenDoor, String afgesprokenOp, String notitie, String gewijzigdDoor,
                String gewijzigdOp) {

        static Doel of(TargetRow r) {
            Target t = r.target();
            return new Doel(r.id(), t.year(), t.scope(), t.scopeKey(), t.kind(), t.count(), t.agreedBy(),
                    t.agreedOn().toString(), t.note(), r.changedBy(), r.changedAt().toString());
        }
    }

    /** A new target, or the new facts of one (every field, as {@code Doel} has them, without id). */
    record DoelInvoer(Integer jaar, String niveau, String sleutel, String soort, Integer aantal,
                      String afgesprokenDoor, String afgesprokenOp, String notitie) {

        TargetForm form() {
            return new TargetForm(text(jaar), niveau, sleutel, soort, text(aantal), afgesprokenDoor, afgesprokenOp,
                    notitie);
        }

        private static String text(Integer number) {
            return number == null ? "" : number.toString();
        }
    }

    /** @param jaar the year (YYYY); this year when absent */
    @GetMapping("/api/v1/doelen")
    List<Doel> list(@RequestParam(required = false) String jaar) {
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        if (jaar != null) {
            if (!jaar.matches("[0-9]{4}")) {
                throw ApiProblem.invalid(Refusal.of("jaar", "Geef het jaar als JJJJ, zoals 2026.",
                        "Give the year as YYYY, such as 2026."));
            }
            year = Integer.parseInt(jaar);
        }
        return targets.rowsFor(year).stream().map(Doel::of).toList();
    }

    /** @throws ApiProblem 400 naming every field to fix; nothing is saved */
    @PostMapping("/api/v1/doelen")
    ResponseEntity<Doel> add(@RequestBody DoelInvoer body) {
        Doel added = Doel.of(set(0, body));
        return ResponseEntity.created(URI.create("/api/v1/doelen/" + added.id())).body(added);
    }

    /** @throws ApiProblem 400 naming every field to fix (nothing is saved), 404 for an id no target has */
    @PutMapping("/api/v1/doelen/{id}")
    Doel change(@PathVariable String id, @RequestBody DoelInvoer body) {
        long known = id(id).orElseThrow(() -> notFound(id));
        return Doel.of(set(known, body));
    }

    private TargetRow set(long id, DoelInvoer body) {
        try {
            return setting.set(new SetTarget(id, body.form(), user()));
        } catch (TargetNotFound absent) {
            throw notFound(String.valueOf(id));
        } catch (NotAllowed refused) {
            throw ApiProblem.forbidden(new Message("Niet toegestaan", "Not allowed"), refused.reason());
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    static Optional<Long> id(String id) {
        return id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private CurrentUser user() {
        return currentUser.current().orElseThrow();
    }

    private static ApiProblem notFound(String id) {
        String shown = id.length() > 20 ? id.substring(0, 20) + "…" : id;
        return ApiProblem.notFound(new Message("Doel niet gevonden", "Target not found"),
                new Message("Er is geen doel " + shown + ".", "There is no target " + shown + "."));
    }
}
