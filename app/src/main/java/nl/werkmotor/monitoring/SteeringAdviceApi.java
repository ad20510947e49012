package nl.werkmotor.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Steering advice (bijsturingsadvies) over {@code /api/v1/monitoring/bijsturingsadviezen} for the beleidsmedewerker:
 * the organisation's own, one with every version and the figures each was based on (suppressed as on the dashboard,
 * as they were when it was saved), and a new one, whose figures are counted when it is saved. 400 names every field
 * to fix; another organisation's advice is 404.
 */
@RestController
class SteeringAdviceApi {

    private final SteeringAnalyst signedIn;
    private final FindSteeringAdvice advice;
    private final SavingSteeringAdvice saving;

    SteeringAdviceApi(SteeringAnalyst signedIn, FindSteeringAdvice advice, SavingSteeringAdvice saving) {
        this.signedIn = signedIn;
        this.advice = advice;
        this.saving = saving;
    }

    /** @param versies the number of versions; the newest's decision is given */
    record AdviesSamenvatting(long id, String van, String tot, String per, boolean jaarlijks, String besluitDoor,
                              LocalDate besluitOp, int versies) {
    }

    /**
     * @param cijfers the period's figures as counted when this version was saved
     * @param eerder  the same-length period just before it, counted then too
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Versie(int versie, String goed, String nietGoed, String veranderen, String wieWatWanneer,
                  String evaluatieInhoud, String evaluatieProces, String evaluatieRelatie, String besluitDoor,
                  LocalDate besluitOp, String opgeslagenDoor, Instant opgeslagenOp, MonitoringApi.Plaatsingen cijfers,
                  MonitoringApi.Plaatsingen eerder) {
    }

    record Bijsturingsadvies(long id, String organisatie, String van, String tot, String per, boolean jaarlijks,
                             List<Versie> versies) {
    }

    /**
     * @param goed          what went well
     * @param nietGoed      what did not go well
     * @param veranderen    what we change
     * @param jaarlijks     a calendar year's advice, with the evaluation of content, process and relationship
     * @param besluitDoor   who decided the advice
     * @param besluitOp     the day it was decided, YYYY-MM-DD
     */
    record NieuwBijsturingsadvies(@Schema(example = "2026-01") String van, @Schema(example = "2026-03") String tot,
                                  @Schema(example = "organisatie") String per, Boolean jaarlijks, String goed,
                                  String nietGoed, String veranderen, String wieWatWanneer, String evaluatieInhoud,
                                  String evaluatieProces, String evaluatieRelatie, String besluitDoor,
                                  @Schema(example = "2026-04-15") String besluitOp) {
    }

    @GetMapping("/api/v1/monitoring/bijsturingsadviezen")
    List<AdviesSamenvatting> list() {
        return advice.of(signedIn.current().organisationId()).stream().map(a -> new AdviesSamenvatting(a.id(),
                a.from().toString(), a.to().toString(), a.per().parameter(), a.yearly(), a.latest().decidedBy(),
                a.latest().decidedOn(), a.versions().size())).toList();
    }

    @GetMapping("/api/v1/monitoring/bijsturingsadviezen/{id}")
    Bijsturingsadvies one(@PathVariable long id) {
        try {
            return of(advice.of(signedIn.current().organisationId(), id));
        } catch (NoSuchSteeringAdvice absent) {
            throw ApiProblem.notFound(new Message("Bijsturingsadvies niet gevonden", "Steering advice not found"),
                    new Message("Er is geen bijsturingsadvies " + id + " van uw organisatie.",
                            "There is no steering advice " + id + " of your organisation."));
        }
    }

    @PostMapping("/api/v1/monitoring/bijsturingsadviezen")
    @ResponseStatus(HttpStatus.CREATED)
    Bijsturingsadvies create(@RequestBody NieuwBijsturingsadvies body) {
        SteeringAnalyst.Analyst analyst = signedIn.current();
        try {
            long id = saving.save(analyst, new SteeringAdviceForm(body.van(), body.tot(), body.per(),
                    Boolean.TRUE.equals(body.jaarlijks()), body.goed(), body.nietGoed(), body.veranderen(),
                    body.wieWatWanneer(), body.evaluatieInhoud(), body.evaluatieProces(), body.evaluatieRelatie(),
                    body.besluitDoor(), body.besluitOp()));
            return of(advice.of(analyst.organisationId(), id));
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    private static Bijsturingsadvies of(SteeringAdvice a) {
        return new Bijsturingsadvies(a.id(), a.organisationName(), a.from().toString(), a.to().toString(),
                a.per().parameter(), a.yearly(), a.versions().stream().map(v -> new Versie(v.number(),
                v.parts().wentWell(), v.parts().wentBadly(), v.parts().weChange(), v.parts().whoWhatWhen(),
                v.parts().content(), v.parts().process(), v.parts().relationship(), v.decidedBy(), v.decidedOn(),
                v.savedByName(), v.savedAt(), v.figures(), v.earlier())).toList());
    }
}
