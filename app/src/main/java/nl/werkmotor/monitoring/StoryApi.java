package nl.werkmotor.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Stories (tellen en vertellen) over {@code /api/v1/monitoring/verhalen}: written by a klantmanager, accountmanager
 * or beleidsmedewerker (a draft, or published at once), read back by their writer; the beleidsmedewerker reads the
 * published stories of a period. A story names no person and the API never gives a person's id. 400 names every
 * reason at once, as the pages do; another writer's draft is 404.
 */
@RestController
class StoryApi {

    private final SignedInStoryWriter signedIn;
    private final FindStories stories;
    private final WritingStory writing;
    private final WithdrawingStoryConsent withdrawing;

    StoryApi(SignedInStoryWriter signedIn, FindStories stories, WritingStory writing,
             WithdrawingStoryConsent withdrawing) {
        this.signedIn = signedIn;
        this.stories = stories;
        this.writing = writing;
        this.withdrawing = withdrawing;
    }

    /**
     * @param status       concept or gepubliceerd
     * @param toestemming  who gave consent and how; only to the story's writer
     * @param geschrevenAls the writer's role (klantmanager, accountmanager, beleidsmedewerker), never their name
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verhaal(long id, String van, String tot, String titel, String tekst, String status, String toestemming,
                   LocalDate toestemmingOp, String sector, String doelgroep, String organisatie, String geschrevenAls,
                   String organisatieVanSchrijver, Instant gepubliceerdOp) {
    }

    /**
     * @param toestemmingOp the day the person consented, YYYY-MM-DD
     * @param bevestigd     the writer confirms the person consented to sharing it and that it identifies nobody
     * @param status        concept (the default) or gepubliceerd
     */
    record NieuwVerhaal(@Schema(example = "2026-01") String van, @Schema(example = "2026-03") String tot, String titel,
                        String tekst, String toestemming, @Schema(example = "2026-11-03") String toestemmingOp,
                        Boolean bevestigd, String sector, String doelgroep, String organisatie,
                        @Schema(example = "concept") String status) {
    }

    @GetMapping("/api/v1/monitoring/verhalen")
    @Operation(description = "A klantmanager or accountmanager gets their own stories; a beleidsmedewerker the "
            + "published stories whose period overlaps van–tot (default: the last 12 full months), or with eigen=true "
            + "their own. No story names a person; the writer is given by role and organisation only.")
    List<Verhaal> list(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                       @RequestParam(required = false) Boolean eigen) {
        StoryWriter writer = writer();
        if (!writer.analyst() || Boolean.TRUE.equals(eigen)) {
            return stories.ownOf(writer).stream().map(s -> of(s, writer)).toList();
        }
        MonitoringApi.Query period;
        try {
            period = MonitoringApi.Query.of(van, tot, null, null, YearMonth.now());
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
        return stories.published(period.from(), period.to()).stream().map(s -> of(s, writer)).toList();
    }

    @GetMapping("/api/v1/monitoring/verhalen/{id}")
    Verhaal story(@PathVariable long id) {
        StoryWriter writer = writer();
        return stories.readableBy(writer, id).map(s -> of(s, writer)).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/api/v1/monitoring/verhalen")
    @ResponseStatus(HttpStatus.CREATED)
    Verhaal write(@RequestBody NieuwVerhaal body) {
        StoryWriter writer = writer();
        StoryStatus status = body.status() == null ? StoryStatus.DRAFT : StoryStatus.ofParameter(body.status()).orElse(null);
        try {
            if (status == null) {
                throw Refusal.of("status", "De status is concept of gepubliceerd.", "The status is concept or gepubliceerd.");
            }
            long id = writing.write(writer, new StoryForm(body.van(), body.tot(), body.titel(), body.tekst(),
                    body.toestemming(), body.toestemmingOp(), Boolean.TRUE.equals(body.bevestigd()), body.sector(),
                    body.doelgroep(), body.organisatie()), status);
            return of(stories.byId(id).orElseThrow(), writer);
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    /**
     * The person withdrew their consent on {@code ingetrokkenOp}: the story is deleted (its text with it) and only that
     * it was removed is kept.
     */
    @DeleteMapping("/api/v1/monitoring/verhalen/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(description = "Consent withdrawn: removes the story, its title, text and consent statement; kept is only "
            + "that a story of its period and writer was removed, when and by whom. By its writer, or a "
            + "beleidsmedewerker for a published story. ingetrokkenOp (YYYY-MM-DD) lies between the consent and today.")
    void withdraw(@PathVariable long id, @RequestParam(required = false) @Schema(example = "2026-07-01")
                  String ingetrokkenOp) {
        try {
            withdrawing.withdraw(writer(), id, ingetrokkenOp);
        } catch (NoSuchStory absent) {
            throw notFound(id);
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    private static Verhaal of(Story s, StoryWriter reader) {
        return new Verhaal(s.id(), s.from().toString(), s.to().toString(), s.title(), s.body(), s.status().parameter(),
                s.writtenBy(reader) ? s.consentStatement() : null, s.consentOn(), s.sectorCode(), s.targetGroupCode(),
                s.organisationName(), s.writerRole().dutchName(), s.writerOrganisation(), s.publishedAt());
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound(new Message("Verhaal niet gevonden", "Story not found"),
                new Message("Er is geen verhaal " + id + " dat u mag lezen.", "There is no story " + id
                        + " you may read."));
    }

    private StoryWriter writer() {
        return signedIn.current();
    }
}
