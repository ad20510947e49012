package nl.werkmotor.partners;

import java.net.URI;
import java.util.List;
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
 * The region's partner organisations: read by the professionals of the region (not by employers or job seekers:
 * how the region is organised behind the counter is not theirs to browse), kept by the beheerder
 * (web.SecurityConfiguration). No personal data.
 */
@RestController
class PartnerApi {

    private final FindPartners partners;
    private final AddingPartner adding;
    private final ChangingPartner changing;
    private final FindCurrentUser currentUser;

    PartnerApi(FindPartners partners, AddingPartner adding, ChangingPartner changing, FindCurrentUser currentUser) {
        this.partners = partners;
        this.adding = adding;
        this.changing = changing;
        this.currentUser = currentUser;
    }

    /**
     * A partner organisation of the region.
     *
     * @param organisatie      the organisation id its staff's logins carry, e.g. gemeente-lindeveen
     * @param soort            MUNICIPALITY, UWV, WSP, SCHOOL or SOCIAL
     * @param contact          the organisation's own desk, never a person's
     * @param actiefVanaf      the first day it takes part (YYYY-MM-DD)
     * @param actiefTot        the last day it takes part; absent while it does
     * @param gemeentecode     a municipality's CBS code, e.g. GM0599
     * @param inwoners         a municipality's number of inhabitants
     * @param inwonersPeiljaar the year that number is from
     * @param locaties         a WSP's locations with the municipalities each serves
     */
    record PartnerOrganisatie(long id, String organisatie, PartnerKind soort, String naam, String contact,
                              String actiefVanaf, String actiefTot, String gemeentecode, Integer inwoners,
                              Integer inwonersPeiljaar, List<Locatie> locaties) {

        static PartnerOrganisatie of(Partner p) {
            return new PartnerOrganisatie(p.id(), p.organisationId(), p.kind(), p.name(), p.contact(),
                    p.activeFrom().toString(), p.activeTo() == null ? null : p.activeTo().toString(),
                    p.municipalityCode(), p.inhabitants() == null ? null : p.inhabitants().count(),
                    p.inhabitants() == null ? null : p.inhabitants().year(),
                    p.locations().stream().map(l -> new Locatie(l.name(), l.address(), l.postcode4(),
                            l.municipalityCodes())).toList());
        }
    }

    /**
     * A WSP location.
     *
     * @param postcode  the 4 digits of its postcode
     * @param gemeenten the CBS codes of the municipalities it serves
     */
    record Locatie(String naam, String adres, String postcode, List<String> gemeenten) {
    }

    /** A new partner, or the new facts of one (every field, as {@code PartnerOrganisatie} has them, without id). */
    record PartnerInvoer(String organisatie, String soort, String naam, String contact, String actiefVanaf,
                         String actiefTot, String gemeentecode, Integer inwoners, Integer inwonersPeiljaar,
                         List<Locatie> locaties) {

        PartnerForm form() {
            return new PartnerForm(organisatie, soort, naam, contact, actiefVanaf, actiefTot, gemeentecode,
                    text(inwoners), text(inwonersPeiljaar), locaties == null ? List.of() : locaties.stream()
                    .map(l -> l == null ? null : new PartnerForm.Location(l.naam(), l.adres(), l.postcode(),
                            l.gemeenten())).toList());
        }

        private static String text(Integer number) {
            return number == null ? "" : number.toString();
        }
    }

    @GetMapping("/api/v1/partners")
    List<PartnerOrganisatie> list() {
        return partners.all().stream().map(PartnerOrganisatie::of).toList();
    }

    @GetMapping("/api/v1/partners/{id}")
    PartnerOrganisatie one(@PathVariable String id) {
        return PartnerOrganisatie.of(id(id).flatMap(partners::byId).orElseThrow(() -> notFound(id)));
    }

    /** @throws ApiProblem 400 naming every field to fix; nothing is saved */
    @PostMapping("/api/v1/partners")
    ResponseEntity<PartnerOrganisatie> add(@RequestBody PartnerInvoer body) {
        try {
            PartnerOrganisatie added = PartnerOrganisatie.of(adding.add(new AddPartner(body.form(), login())));
            return ResponseEntity.created(URI.create("/api/v1/partners/" + added.id())).body(added);
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    /** @throws ApiProblem 400 naming every field to fix (nothing is saved), 404 for an id no partner has */
    @PutMapping("/api/v1/partners/{id}")
    PartnerOrganisatie change(@PathVariable String id, @RequestBody PartnerInvoer body) {
        long known = id(id).orElseThrow(() -> notFound(id));
        try {
            return PartnerOrganisatie.of(changing.change(new ChangePartner(known, body.form(), login())));
        } catch (PartnerNotFound absent) {
            throw notFound(id);
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    static Optional<Long> id(String id) {
        return id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private String login() {
        return currentUser.current().map(CurrentUser::username).orElseThrow();
    }

    private static ApiProblem notFound(String id) {
        String shown = id.length() > 20 ? id.substring(0, 20) + "…" : id;
        return ApiProblem.notFound(new Message("Partner niet gevonden", "Partner not found"),
                new Message("Er is geen partner " + shown + ".", "There is no partner " + shown + "."));
    }
}
