package nl.werkmotor.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.showcase.IntroductionFixture;
import tools.jackson.databind.JsonNode;

/**
 * The placement's lifecycle over the API: every allowed transition from every step is taken, every refused one is
 * refused (400, the step named) and changes nothing in the three tables; the rules on dates, the contract, the
 * outflow, the instruments (with the edition in force on the start date) and the confirmation by the other side each
 * refuse with nothing changed; who may not see a placement gets 404 or 403.
 */
@WerkmotorTest
class PlacementLifecycleIT {

    private static final long SANNE = 1; // the demo job seeker, in the demo case worker's caseload
    private static final long EMPLOYER = 1;
    private static final long FAKE_INTRODUCTION = 9_200_000_000L;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** The steps each step may be followed by, as the issue describes the lifecycle. */
    private static final Map<PlacementStep, Set<PlacementStep>> ALLOWED = Map.of(
            PlacementStep.ACCEPTED, EnumSet.of(PlacementStep.INTERVIEW, PlacementStep.ENDED),
            PlacementStep.INTERVIEW, EnumSet.of(PlacementStep.TRIAL, PlacementStep.STARTED, PlacementStep.ENDED),
            PlacementStep.TRIAL, EnumSet.of(PlacementStep.STARTED, PlacementStep.ENDED),
            PlacementStep.STARTED, EnumSet.of(PlacementStep.AFTERCARE, PlacementStep.LASTING_6, PlacementStep.ENDED),
            PlacementStep.AFTERCARE, EnumSet.of(PlacementStep.LASTING_6, PlacementStep.ENDED),
            PlacementStep.LASTING_6, EnumSet.of(PlacementStep.LASTING_12, PlacementStep.ENDED),
            PlacementStep.LASTING_12, EnumSet.noneOf(PlacementStep.class),
            PlacementStep.ENDED, EnumSet.noneOf(PlacementStep.class));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private ApiSession caseWorker;
    private String caseWorkerCsrf;
    private ApiSession adviser;
    private String adviserCsrf;

    @BeforeEach
    void signIn(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, EMPLOYER);
        caseWorker = new ApiSession(port);
        caseWorkerCsrf = caseWorker.signIn("klantmanager");
        adviser = new ApiSession(port);
        adviserCsrf = adviser.signIn("accountmanager");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from placement where person_id = ?", SANNE);
        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
    }

    @Test
    void everyAllowedTransitionIsTakenAndEveryRefusedOneChangesNothing() throws Exception {
        int allowed = 0;
        int refused = 0;
        for (PlacementStep from : PlacementStep.values()) {
            for (PlacementStep to : PlacementStep.values()) {
                long id = placementAt(from);
                String before = snapshot(id);
                var answer = step(caseWorker, caseWorkerCsrf, id, body(to, TODAY));
                if (ALLOWED.get(from).contains(to)) {
                    JsonNode taken = caseWorker.ok(answer);
                    assertThat(taken.get("step").asString()).as(from + " -> " + to).isEqualTo(to.name());
                    assertThat(taken.get("toConfirmBy").asString()).isEqualTo("accountmanager");
                    assertThat(jdbc.queryForObject("select changed_by || ' ' || changed_as from placement_change "
                            + "where placement_id = ? order by id desc limit 1", String.class, id))
                            .isEqualTo("klantmanager CASE_WORKER");
                    allowed++;
                } else {
                    JsonNode problem = caseWorker.problem(answer, 400);
                    assertThat(problem.toString()).as(from + " -> " + to).contains("\"stap\"");
                    assertThat(snapshot(id)).as(from + " -> " + to + " changed nothing").isEqualTo(before);
                    refused++;
                }
                jdbc.update("delete from placement where id = ?", id);
            }
        }
        assertThat(allowed).isEqualTo(14);
        assertThat(refused).isEqualTo(64 - 14);
    }

    @Test
    void theRulesOnDatesContractOutflowAndInstrumentsRefuseWithNothingChanged() throws Exception {
        long interview = placementAt(PlacementStep.INTERVIEW);
        refusedUnchanged(interview, body(PlacementStep.TRIAL, TODAY.minusDays(391)), "vóór de vorige stap");
        refusedUnchanged(interview, body(PlacementStep.TRIAL, TODAY.plusDays(1)), "in de toekomst");
        refusedUnchanged(interview, "{\"stap\": \"TRIAL\", \"datum\": \"31-2-2026\"}", "dag-maand-jaar");
        refusedUnchanged(interview, "{\"stap\": \"PROMOTED\", \"datum\": \"" + TODAY + "\"}", "Kies een stap");
        refusedUnchanged(interview, "{\"stap\": \"STARTED\", \"datum\": \"" + TODAY + "\", \"urenPerWeek\": \"70\", "
                + "\"contractMaanden\": \"x\", \"uitstroomUitkering\": \"TOESLAG\", \"uitstroomDatum\": \""
                + TODAY.minusDays(3) + "\"}", "uren per week", "heel getal", "Kies een uitkering", "vóór de start");
        refusedUnchanged(interview, "{\"stap\": \"STARTED\", \"datum\": \"" + TODAY + "\", \"urenPerWeek\": \"32\", "
                + "\"instrumenten\": [\"LOONKOSTENSUBSIDIE\", \"TOVERSTAF\"]}", "niet in de Toolbox: TOVERSTAF");
        refusedUnchanged(interview, "{\"stap\": \"STARTED\", \"datum\": \"" + TODAY.minusYears(2) + "\", "
                + "\"urenPerWeek\": \"32\", \"instrumenten\": [\"LOONKOSTENSUBSIDIE\"]}", "geen editie van de Toolbox");
        refusedUnchanged(interview, "{\"stap\": \"TRIAL\", \"datum\": \"" + TODAY + "\", "
                + "\"instrumenten\": [\"PROEFPLAATSING\"]}", "bij de start van het werk");
        refusedUnchanged(interview, "{\"stap\": \"ENDED\", \"datum\": \"" + TODAY + "\"}", "Vul de reden");

        // started three months ago on a contract of four months: neither lasting yet, nor ever by this contract
        jdbc.update("update placement set step = 'STARTED', started_on = ?, hours_per_week = 24, contract_months = 4 "
                + "where id = ?", TODAY.minusMonths(3), interview);
        refusedUnchanged(interview, body(PlacementStep.LASTING_6, TODAY), "kan pas vanaf", "Het contract eindigt op");
    }

    @Test
    void aPlacementFollowsOnlyAnAcceptedIntroductionIsConfirmedByTheOtherSideAndReadByItsOwnPeople()
            throws Exception {
        long asked = IntroductionFixture.requested(jdbc, SANNE, EMPLOYER);
        assertThat(caseWorker.problem(caseWorker.json("POST", "/api/v1/plaatsingen", "{\"kennismaking\": " + asked
                + "}", caseWorkerCsrf), 400).toString()).contains("pas als de klant ja heeft gezegd");
        assertThat(jdbc.queryForObject("select count(*) from placement where introduction_id = ?", Long.class, asked))
                .isZero();
        caseWorker.problem(caseWorker.json("POST", "/api/v1/plaatsingen", "{\"kennismaking\": 987654321}",
                caseWorkerCsrf), 404);

        long accepted = IntroductionFixture.accepted(jdbc, SANNE, EMPLOYER);
        jdbc.update("update introduction set decided_at = now() - interval '40 days' where id = ?", accepted);
        JsonNode recorded = adviser.created(adviser.json("POST", "/api/v1/plaatsingen", "{\"kennismaking\": " + accepted
                + "}", adviserCsrf));
        long id = recorded.get("id").asLong();
        assertThat(recorded.get("step").asString()).isEqualTo("ACCEPTED");
        assertThat(recorded.get("toConfirmBy").asString()).isEqualTo("klantmanager");
        assertThat(recorded.get("person").asString()).as("the adviser knows the pseudonym").isEqualTo("K-TEST");
        assertThat(adviser.problem(adviser.json("POST", "/api/v1/plaatsingen", "{\"kennismaking\": " + accepted + "}",
                adviserCsrf), 400).toString()).contains("al een plaatsing");

        String before = snapshot(id);
        assertThat(adviser.problem(adviser.json("POST", "/api/v1/plaatsingen/" + id + "/bevestiging", "", adviserCsrf),
                400).toString()).contains("zelf vastgelegd");
        assertThat(snapshot(id)).isEqualTo(before);
        JsonNode confirmed = caseWorker.ok(caseWorker.json("POST", "/api/v1/plaatsingen/" + id + "/bevestiging", "",
                caseWorkerCsrf));
        assertThat(confirmed.get("toConfirmBy").isNull()).isTrue();
        assertThat(confirmed.get("person").asString()).isNotEqualTo("K-TEST");
        before = snapshot(id);
        assertThat(caseWorker.problem(caseWorker.json("POST", "/api/v1/plaatsingen/" + id + "/bevestiging", "",
                caseWorkerCsrf), 400).toString()).contains("niets te bevestigen");
        assertThat(snapshot(id)).isEqualTo(before);

        caseWorker.ok(step(caseWorker, caseWorkerCsrf, id, body(PlacementStep.INTERVIEW, TODAY.minusDays(35))));
        JsonNode started = adviser.ok(step(adviser, adviserCsrf, id, "{\"stap\": \"STARTED\", \"datum\": \""
                + TODAY.minusDays(30) + "\", \"urenPerWeek\": \"32\", \"contractMaanden\": \"12\", "
                + "\"uitstroomUitkering\": \"BIJSTAND\", \"uitstroomDatum\": \"" + TODAY.minusDays(30) + "\", "
                + "\"instrumenten\": [\"LOONKOSTENSUBSIDIE\", \"JOBCOACHING\"]}"));
        assertThat(started.get("instruments").toString()).contains("LOONKOSTENSUBSIDIE", "JOBCOACHING", "editionId");
        assertThat(jdbc.queryForObject("select count(*) from placement_instrument pi join toolbox_edition e on "
                + "e.id = pi.edition_id where pi.placement_id = ?", Long.class, id)).isEqualTo(2);
        assertThat(started.get("outflowBenefit").asString()).isEqualTo("BIJSTAND");
        assertThat(started.get("changes").size()).isEqualTo(4);

        assertThat(caseWorker.ok(caseWorker.get("/api/v1/plaatsingen")).toString()).contains("\"id\":" + id);
        assertThat(adviser.ok(adviser.get("/api/v1/plaatsingen/" + id)).get("step").asString()).isEqualTo("STARTED");
        ApiSession person = new ApiSession(port);
        person.signIn("werkzoekende");
        assertThat(person.ok(person.get("/api/v1/plaatsingen")).toString()).contains("\"id\":" + id);
        assertThat(person.ok(person.get("/api/v1/plaatsingen/" + id)).get("nextSteps").size()).isZero();
        person.problem(person.json("PUT", "/api/v1/plaatsingen/" + id + "/stap", body(PlacementStep.AFTERCARE, TODAY),
                person.csrfToken()), 403);
        for (String other : List.of("beleidsmedewerker", "werkgever", "opleider", "beheerder")) {
            ApiSession session = new ApiSession(port);
            session.signIn(other);
            assertThat(session.get("/api/v1/plaatsingen/" + id).statusCode()).as(other).isEqualTo(403);
        }
        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
        adviser.problem(adviser.get("/api/v1/plaatsingen/" + id), 404);

        assertThat(jdbc.queryForObject("select count(*) from processing_record where person_id = ? and purpose = "
                + "'PLACEMENT'", Long.class, SANNE)).isGreaterThanOrEqualTo(6);
    }

    private void refusedUnchanged(long id, String body, String... says) throws Exception {
        String before = snapshot(id);
        JsonNode problem = caseWorker.problem(step(caseWorker, caseWorkerCsrf, id, body), 400);
        assertThat(problem.toString()).as(body).contains(says);
        assertThat(snapshot(id)).as(body + " changed nothing").isEqualTo(before);
    }

    private java.net.http.HttpResponse<String> step(ApiSession session, String csrf, long id, String body)
            throws Exception {
        return session.json("PUT", "/api/v1/plaatsingen/" + id + "/stap", body, csrf);
    }

    private static String body(PlacementStep step, LocalDate on) {
        return "{\"stap\": \"" + step.name() + "\", \"datum\": \"" + on + "\", \"urenPerWeek\": \"32\", "
                + "\"reden\": \"De proeftijd is niet verlengd.\"}";
    }

    /** The placement, its instruments and its history as rows of text. */
    private String snapshot(long id) {
        return jdbc.queryForList("select p::text from placement p where id = ?", String.class, id)
                + "" + jdbc.queryForList("select i::text from placement_instrument i where placement_id = ? "
                + "order by instrument_code", String.class, id)
                + jdbc.queryForList("select c::text from placement_change c where placement_id = ? order by id",
                String.class, id);
    }

    /** A placement of Sanne at the demo employer at this step, its dates in order and up to 400 days ago. */
    private long placementAt(PlacementStep step) {
        int order = step.ordinal();
        LocalDate accepted = TODAY.minusDays(400);
        boolean ended = step == PlacementStep.ENDED;
        LocalDate started = TODAY.minusDays(370);
        return jdbc.queryForObject("""
                insert into placement (introduction_id, person_id, vacancy_id, employer_id, organisation_id, step,
                    accepted_on, interview_on, trial_from, started_on, aftercare_from, lasting6_on, lasting12_on,
                    ended_on, end_reason, hours_per_week, recorded_by, recorded_as, recorded_at, changed_at)
                values (nextval(pg_get_serial_sequence('placement', 'id')) + ?, ?, 1, ?, 'gemeente-lindeveen', ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, 'klantmanager', 'CASE_WORKER', now(), now()) returning id""", Long.class,
                FAKE_INTRODUCTION, SANNE, EMPLOYER, step.name(), accepted,
                !ended && order >= 1 ? TODAY.minusDays(390) : null, !ended && order >= 2 ? TODAY.minusDays(380) : null,
                !ended && order >= 3 ? started : null, !ended && order >= 4 ? TODAY.minusDays(360) : null,
                !ended && order >= 5 ? started.plusMonths(6) : null, !ended && order >= 6 ? started.plusMonths(12) : null,
                ended ? TODAY.minusDays(390) : null, ended ? "Niet aangenomen" : null,
                !ended && order >= 3 ? 32 : null);
    }
}
