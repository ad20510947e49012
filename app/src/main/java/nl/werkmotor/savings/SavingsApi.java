package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Shared-savings scenarios over {@code /api/v1} for the beleidsmedewerker: the organisation's own and the
 * blueprint's example, one with its computed overview, and a new one (all seven steps at once; 400 names every field
 * to fix, as the pages do). Another organisation's scenario is 404. Amounts in euros.
 */
@RestController
class SavingsApi {

    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");

    private final SignedInPolicyAnalyst signedIn;
    private final FindScenarios scenarios;
    private final CalculatingSavings calculating;
    private final FillingInStep filling;
    private final SavingScenario saving;
    private final RegionalFigures regional;

    SavingsApi(SignedInPolicyAnalyst signedIn, FindScenarios scenarios, CalculatingSavings calculating,
               FillingInStep filling, SavingScenario saving, RegionalFigures regional) {
        this.signedIn = signedIn;
        this.scenarios = scenarios;
        this.calculating = calculating;
        this.filling = filling;
        this.saving = saving;
        this.regional = regional;
    }

    /** @param maatschappelijkRendement all benefits less all costs over the time horizon, in euros */
    record ScenarioSamenvatting(long id, String naam, String organisatie, boolean voorbeeld, String opgeslagenDoor,
                                Instant opgeslagenOp, BigDecimal maatschappelijkRendement) {
    }

    /**
     * @param sleutel one of aantalPersonen, uitkeringPerJaar, maandenBespaardPerJaar, aandeelDuurzaam (percent),
     *                discontovoet (percent a year)
     */
    record Aanname(String sleutel, BigDecimal waarde, String bron) {
    }

    /**
     * @param herhaling ONCE (in the first year) or YEARLY (every year of the horizon)
     * @param soort     for a benefit: DIRECT or SOCIETAL; absent for a cost
     */
    record Regel(String partner, String omschrijving, BigDecimal bedrag, BigDecimal nulalternatief, String herhaling,
                 Boolean perPersoon, String soort) {
    }

    record PartnerRegel(String partner, BigDecimal kosten, BigDecimal directeBaten, BigDecimal maatschappelijkeBaten,
                        BigDecimal saldo) {
    }

    /**
     * @param perPersoon             the societal return per person reached; null when it reaches nobody
     * @param batenKostenverhouding  all benefits divided by all costs; null without costs
     * @param bronVanDeCijfers       whether the region's own placements fed the figures, or the assumptions alone
     */
    record Overzicht(List<PartnerRegel> partners, BigDecimal uitkeringBespaardPerJaar, BigDecimal kosten,
                     BigDecimal directeBaten, BigDecimal maatschappelijkeBaten, BigDecimal directRendement,
                     BigDecimal maatschappelijkRendement, BigDecimal perPersoon, BigDecimal batenKostenverhouding,
                     int tijdshorizon, BigDecimal discontovoet, String bronVanDeCijfers) {
    }

    /** @param voorbeeld the blueprint's own figures: read-only */
    record Besparingsscenario(long id, String naam, String organisatie, boolean voorbeeld, String opgeslagenDoor,
                              Instant opgeslagenOp, Long gekopieerdVan, String probleem, String interventie,
                              String nulalternatief, int tijdshorizon, String uitkeringsbetaler, List<Aanname> aannames,
                              List<Regel> kosten, List<Regel> baten, Overzicht overzicht) {
    }

    /** Omitted assumptions take their defaults (with their sources). */
    record NieuwBesparingsscenario(String naam, String probleem, String interventie, String nulalternatief,
                                   @Schema(example = "5") Integer tijdshorizon, String uitkeringsbetaler,
                                   List<Aanname> aannames, List<Regel> kosten, List<Regel> baten) {
    }

    @GetMapping("/api/v1/besparingsscenarios")
    List<ScenarioSamenvatting> list() {
        return scenarios.visibleTo(signedIn.current().organisationId()).stream().map(s -> new ScenarioSamenvatting(
                s.id(), s.content().name(), s.organisationName(), s.example(), s.savedByName(), s.savedAt(),
                calculating.overview(s.content()).societalReturn())).toList();
    }

    @GetMapping("/api/v1/besparingsscenarios/{id}")
    Besparingsscenario scenario(@PathVariable long id) {
        try {
            return of(scenarios.visibleTo(signedIn.current().organisationId(), id));
        } catch (NoSuchScenario absent) {
            throw ApiProblem.notFound(new Message("Scenario niet gevonden", "Scenario not found"),
                    new Message("Er is geen besparingsscenario " + id + " van uw organisatie.",
                            "There is no shared-savings scenario " + id + " of your organisation."));
        }
    }

    @PostMapping("/api/v1/besparingsscenarios")
    @ResponseStatus(HttpStatus.CREATED)
    Besparingsscenario create(@RequestBody NieuwBesparingsscenario body) {
        PolicyAnalyst analyst = signedIn.current();
        try {
            ScenarioContent content = filling.fillInAll(form(body));
            long id = saving.save(new SavingScenario.SaveScenarioCommand(analyst, content, null));
            return of(scenarios.visibleTo(analyst.organisationId(), id));
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    private Besparingsscenario of(Scenario s) {
        ScenarioContent c = s.content();
        Overview o = calculating.overview(c);
        boolean fed = regional.lastYear().filter(RegionalOutcomes::shown).isPresent();
        Overzicht overzicht = new Overzicht(o.partners().stream().map(p -> new PartnerRegel(p.partner(), p.costs(),
                p.directBenefits(), p.societalBenefits(), p.net())).toList(), o.benefitSavedPerYear(), o.costs(),
                o.directBenefits(), o.societalBenefits(), o.directReturn(), o.societalReturn(),
                o.perPerson().orElse(null), o.benefitCostRatio().orElse(null), o.horizonYears(), o.discountRate(),
                fed ? "De regio legt plaatsingen vast; de aannames van dit scenario noemen hun bron."
                        : "Nog geen plaatsingen vastgelegd: cijfers uit aannames.");
        return new Besparingsscenario(s.id(), c.name(), s.organisationName(), s.example(), s.savedByName(),
                s.savedAt(), s.copiedFrom(), c.problem(), c.intervention(), c.nullAlternative(), c.horizonYears(),
                c.benefitPayer(), c.assumptions().values().stream().map(a -> new Aanname(a.assumption().field(),
                a.value(), a.source())).toList(), regels(c.costs()), regels(c.benefits()), overzicht);
    }

    private static List<Regel> regels(List<Line> lines) {
        return lines.stream().map(l -> new Regel(l.partner(), l.description(), l.amount(), l.nullAlternative(),
                l.recurrence().name(), l.perPerson(), l.kind() == null ? null : l.kind().name())).toList();
    }

    /** The body as the fields the pages send, so that one set of rules checks both. */
    private static Map<String, String> form(NieuwBesparingsscenario body) {
        Map<String, String> form = new HashMap<>(ScenarioForm.of(ScenarioContent.blank(), DUTCH));
        put(form, "naam", body.naam());
        put(form, "probleem", body.probleem());
        put(form, "interventie", body.interventie());
        put(form, "nulalternatief", body.nulalternatief());
        put(form, "tijdshorizon", body.tijdshorizon() == null ? null : body.tijdshorizon().toString());
        put(form, "uitkeringsbetaler", body.uitkeringsbetaler());
        Refusal.Reasons unknown = new Refusal.Reasons();
        List<Aanname> aannames = body.aannames() == null ? List.of() : body.aannames();
        for (int i = 0; i < aannames.size(); i++) {
            Aanname a = aannames.get(i);
            if (a == null || java.util.Arrays.stream(Assumption.values()).noneMatch(x -> x.field().equals(a.sleutel()))) {
                unknown.add("aannames[" + i + "].sleutel", "Onbekende aanname; kies uit aantalPersonen, uitkeringPerJaar,"
                        + " maandenBespaardPerJaar, aandeelDuurzaam, discontovoet.", "Unknown assumption; choose from"
                        + " aantalPersonen, uitkeringPerJaar, maandenBespaardPerJaar, aandeelDuurzaam, discontovoet.");
                continue;
            }
            form.put(a.sleutel(), typed(a.waarde()));
            form.put(a.sleutel() + "Bron", a.bron() == null ? "" : a.bron());
        }
        unknown.refuseIfAny();
        lines(form, "kosten", body.kosten());
        lines(form, "baten", body.baten());
        return form;
    }

    private static void lines(Map<String, String> form, String prefix, List<Regel> regels) {
        if (regels == null) {
            return;
        }
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i) == null ? new Regel(null, null, null, null, null, null, null) : regels.get(i);
            String field = prefix + "[" + i + "].";
            put(form, field + "partner", r.partner() == null ? "" : r.partner());
            put(form, field + "omschrijving", r.omschrijving() == null ? "" : r.omschrijving());
            put(form, field + "bedrag", typed(r.bedrag()));
            put(form, field + "nulalternatief", typed(r.nulalternatief()));
            put(form, field + "herhaling", r.herhaling());
            put(form, field + "perPersoon", Boolean.TRUE.equals(r.perPersoon()) ? "true" : null);
            put(form, field + "soort", r.soort());
        }
    }

    /** As typed in Dutch (a decimal comma), so that 1.234 stays one and a bit and is refused for its decimals. */
    private static String typed(BigDecimal value) {
        return value == null ? "" : Euros.typed(value, DUTCH);
    }

    private static void put(Map<String, String> form, String field, String value) {
        if (value != null) {
            form.put(field, value);
        }
    }
}
