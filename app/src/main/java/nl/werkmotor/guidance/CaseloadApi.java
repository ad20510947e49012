package nl.werkmotor.guidance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.Preferences;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.PageQuery;

/**
 * The case worker's caseload over {@code /api/v1/kandidaten}: their own people (filtered as on the page; by name
 * only with {@code POST /api/v1/kandidaten/_zoek}, as the page posts its search),
 * one of them, and that person's notes. Someone outside the caseload answers 404, as if absent.
 */
@RestController
class CaseloadApi {

    static final int MAX_PAGE_SIZE = 100;
    /** A name in the query string of a GET ends up in access logs: it is searched by POST. */
    static final InvalidParam NAME_IN_ADDRESS = new InvalidParam("naam", new Message(
            "Zoek niet op naam in het adres: dat komt in logbestanden. Stuur de zoekvraag met POST "
                    + "/api/v1/kandidaten/_zoek, met naam en de andere filters in de body.",
            "Do not search by name in the address: it ends up in access logs. Send the search with POST "
                    + "/api/v1/kandidaten/_zoek, with naam and the other filters in the body."));

    private final SignedInCaseWorker signedIn;
    private final FindCaseload caseload;
    private final FindGuidanceRecords records;
    private final WritingNote writingNote;
    private final FindTargetGroups targetGroups;

    CaseloadApi(SignedInCaseWorker signedIn, FindCaseload caseload, FindGuidanceRecords records, WritingNote writingNote,
                FindTargetGroups targetGroups) {
        this.targetGroups = targetGroups;
        this.signedIn = signedIn;
        this.caseload = caseload;
        this.records = records;
        this.writingNote = writingNote;
    }

    /** A person in the caseload, without skills: the list. */
    record Kandidaat(long id, String voornaam, String achternaam, int geboortejaar, String postcodegebied,
                     Set<String> doelgroepen, String beschikbaarheid, String motivatie, String zichtbaarheid) {

        static Kandidaat of(Person p) {
            Preferences w = p.profile().preferences();
            return new Kandidaat(p.id(), p.firstName(), p.lastName(), p.birthYear(), p.postcode4(),
                    Set.copyOf(p.targetGroups().stream().map(TargetGroup::code).toList()), w.availability().name(),
                    w.motivation().name(), w.visibility().name());
        }
    }

    /** One person with what they can (ESCO skill URI and evidence) and want. */
    record KandidaatProfiel(Kandidaat kandidaat, String uitkering, List<Vaardigheid> vaardigheden, int minUren,
                            int maxUren, int reisafstandKm, Set<String> sectoren) {
    }

    record Vaardigheid(String uri, String bewijs) {
    }

    record Notitie(long id, String doel, String tekst, String auteur, Instant geschreven) {

        static Notitie of(Note note) {
            return new Notitie(note.id(), note.purpose().name(), note.text(), note.authorName(), note.writtenAt());
        }
    }

    /** @param doel one of BEGELEIDING, BEMIDDELING, ONTWIKKELING, INSTRUMENTEN, NAZORG */
    record NieuweNotitie(String doel, String tekst) {
    }

    /**
     * The caseload search in the body, so that a client's name never stands in an address (access logs): the
     * filters of {@code GET /api/v1/kandidaten} and the name. Every field may be left out (any).
     *
     * @param naam     part of the first and last name, any case
     * @param page     from 1 (1 when left out)
     * @param pageSize from 1 to 100 (20 when left out)
     */
    record Zoekvraag(String naam, String doelgroep, String beschikbaarheid, String motivatie, String zichtbaarheid,
                     Integer page, Integer pageSize) {
    }

    /** @throws ApiProblem naming every invalid parameter at once, {@code naam} too: a name is searched by POST */
    @Operation(summary = "De caseload / the caseload", description = """
            De mensen van de eigen caseload, gefilterd. Zoeken op naam kan alleen met POST /kandidaten/_zoek: een \
            naam hoort niet in een adres (dat in logbestanden belandt); naam als parameter geeft 400. / The people \
            of one's own caseload, filtered. A name is searched only with POST /kandidaten/_zoek: a name does not \
            belong in an address (which ends up in access logs); naam as a parameter gives 400.""")
    @GetMapping("/api/v1/kandidaten")
    List<Kandidaat> caseload(@Parameter(hidden = true) @RequestParam(required = false) String naam,
                             @RequestParam(defaultValue = "") String doelgroep,
                             @RequestParam(defaultValue = "") String beschikbaarheid,
                             @RequestParam(defaultValue = "") String motivatie,
                             @RequestParam(defaultValue = "") String zichtbaarheid,
                             @RequestParam(defaultValue = "1") String page,
                             @RequestParam(defaultValue = "20") String pageSize) {
        if (naam != null) {
            throw ApiProblem.invalid(List.of(NAME_IN_ADDRESS));
        }
        return search("", doelgroep, beschikbaarheid, motivatie, zichtbaarheid, page, pageSize);
    }

    /** @throws ApiProblem naming every invalid field at once */
    @Operation(summary = "Zoeken in de caseload / searching the caseload", description = """
            Als GET /kandidaten, met de zoekvraag (ook de naam) in de body in plaats van in het adres. / As GET \
            /kandidaten, with the search (the name too) in the body instead of the address.""")
    @PostMapping("/api/v1/kandidaten/_zoek")
    List<Kandidaat> searchCaseload(@RequestBody Zoekvraag zoek) {
        return search(zoek.naam(), zoek.doelgroep(), zoek.beschikbaarheid(), zoek.motivatie(), zoek.zichtbaarheid(),
                zoek.page() == null ? "1" : zoek.page().toString(),
                zoek.pageSize() == null ? "20" : zoek.pageSize().toString());
    }

    private List<Kandidaat> search(String naam, String doelgroep, String beschikbaarheid, String motivatie,
                                   String zichtbaarheid, String page, String pageSize) {
        CaseWorker caseWorker = signedIn.current();
        List<InvalidParam> invalid = new ArrayList<>();
        CaseloadFilter filter = CaseloadFilter.EVERYONE;
        try {
            filter = CaseloadFilter.parse(targetGroups.codes(), naam, doelgroep, beschikbaarheid, motivatie, zichtbaarheid);
        } catch (Refusal refused) {
            refused.reasons().forEach(r -> invalid.add(new InvalidParam(r.field(), new Message(r.nl(), r.en()))));
        }
        PageQuery query = PageQuery.of(page, pageSize, MAX_PAGE_SIZE, invalid);
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        return caseload.of(caseWorker, filter, query.offset(), query.pageSize()).stream().map(Kandidaat::of).toList();
    }

    @GetMapping("/api/v1/kandidaten/{id}")
    KandidaatProfiel person(@PathVariable long id) {
        CaseWorker caseWorker = signedIn.current();
        Person p = answer(id, () -> caseload.file(caseWorker, id, new Message(
                "Uw profiel bekeken door uw klantmanager", "Your profile viewed by your case worker")));
        Preferences w = p.profile().preferences();
        return new KandidaatProfiel(Kandidaat.of(p), p.benefit().name(), p.profile().skills().stream()
                .map(s -> new Vaardigheid(s.skillUri(), s.evidence().name())).toList(), w.minHours(), w.maxHours(),
                w.travelRadiusKm(), Set.copyOf(w.sectors().stream().map(Enum::name).toList()));
    }

    @GetMapping("/api/v1/kandidaten/{id}/notities")
    List<Notitie> notes(@PathVariable long id) {
        CaseWorker caseWorker = signedIn.current();
        answer(id, () -> caseload.file(caseWorker, id, new Message(
                "Notities over u bekeken door uw klantmanager", "Notes about you viewed by your case worker")));
        return records.notes(id).stream().map(Notitie::of).toList();
    }

    /** @throws ApiProblem 400 naming every field to fix (a purpose from the list is required) */
    @PostMapping("/api/v1/kandidaten/{id}/notities")
    @ResponseStatus(HttpStatus.CREATED)
    Notitie writeNote(@PathVariable long id, @RequestBody NieuweNotitie note) {
        CaseWorker caseWorker = signedIn.current();
        return Notitie.of(answer(id, () -> writingNote.write(new WriteNoteCommand(caseWorker, id, note.doel(),
                note.tekst()))));
    }

    private static <T> T answer(long personId, Supplier<T> question) {
        try {
            return question.get();
        } catch (NotInCaseload absent) {
            throw ApiProblem.notFound(new Message("Kandidaat niet gevonden", "Candidate not found"),
                    new Message("Er is geen kandidaat " + personId + " in uw caseload.",
                            "There is no candidate " + personId + " in your caseload."));
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }
}
