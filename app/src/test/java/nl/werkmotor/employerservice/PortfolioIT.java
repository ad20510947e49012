package nl.werkmotor.employerservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import tools.jackson.databind.JsonNode;

/**
 * The account manager's portfolio on the small demo region: one owner per employer, also when two claim
 * at the same moment, a refused claim naming the owner, release, and contact moments with every problem named.
 * Uses employers 3 to 40 (the browser test uses 1 and 2).
 */
@WerkmotorTest
class PortfolioIT {

    static final AccountManager FATIMA = new AccountManager("accountmanager", "Fatima el Amrani", "wsp-lindeveen", "AM22");
    static final AccountManager KEES = new AccountManager("accountmanager2", "Kees de Wit", "wsp-lindeveen", "AM22");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClaimingEmployer claiming;

    ApiSession api;
    String csrf;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        jdbc.update("delete from employer_owner where employer_id between 3 and 40");
        jdbc.update("delete from employer_contact where employer_id between 3 and 40");
        api = new ApiSession(port);
        csrf = api.signIn("accountmanager");
    }

    @Test
    void anAccountManagerClaimsAnEmployerOnceAndItIsInTheirPortfolio() throws Exception {
        JsonNode claim = api.ok(send("PUT", "/api/v1/werkgevers/3/claim", null));

        assertThat(claim.get("eigenaar").asString()).isEqualTo("accountmanager");
        assertThat(claim.get("eigenaarNaam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(api.ok(send("PUT", "/api/v1/werkgevers/3/claim", null)).get("sinds"))
                .isEqualTo(claim.get("sinds"));
        JsonNode portfolio = api.ok(api.get("/api/v1/portefeuille"));
        assertThat(portfolio.valueStream().map(e -> e.get("id").asLong())).containsExactly(3L);
        assertThat(portfolio.get(0).get("keyAccount").asBoolean()).isFalse();
    }

    @Test
    void aSecondClaimIsRefusedNamingTheOwner() throws Exception {
        claiming.claim(new ClaimEmployerCommand(KEES, 4));

        JsonNode refused = api.problem(send("PUT", "/api/v1/werkgevers/4/claim", null), 409);

        assertThat(refused.get("detail").asString()).startsWith("Deze werkgever is al van Kees de Wit (sinds ");
        assertThat(refused.get("message").get("en").asString()).startsWith("This employer is already owned by Kees de Wit");
        api.problem(send("DELETE", "/api/v1/werkgevers/4/claim", null), 409);
        api.problem(send("POST", "/api/v1/werkgevers/4/contactmomenten",
                "{\"datum\":\"2026-11-02\",\"soort\":\"VISIT\",\"samenvatting\":\"Kennismaking.\"}"), 409);
        assertThat(jdbc.queryForObject("select owner_name from employer_owner where employer_id = 4", String.class))
                .isEqualTo("Kees de Wit");
    }

    @Test
    void ofTwoClaimsAtTheSameMomentExactlyOneWinsAndTheOtherHearsWho() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (long employer = 10; employer < 40; employer++) {
                long id = employer;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Ownership>> claims = new ArrayList<>();
                for (AccountManager claimant : List.of(FATIMA, KEES)) {
                    claims.add(threads.submit(() -> {
                        together.await();
                        return claiming.claim(new ClaimEmployerCommand(claimant, id));
                    }));
                }
                List<Ownership> won = new ArrayList<>();
                List<String> refusals = new ArrayList<>();
                for (Future<Ownership> claim : claims) {
                    try {
                        won.add(claim.get());
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(OwnershipConflict.class);
                        refusals.add(((OwnershipConflict) e.getCause()).nl());
                    }
                }
                assertThat(won).as("employer " + id).hasSize(1);
                assertThat(refusals).singleElement().asString().contains(won.getFirst().ownerName());
                assertThat(jdbc.queryForObject("select count(*) from employer_owner where employer_id = ?", Integer.class,
                        id)).isOne();
            }
        }
    }

    @Test
    void theOwnerReleasesAnEmployerSoThatAColleagueCanClaimIt() throws Exception {
        api.ok(send("PUT", "/api/v1/werkgevers/5/claim", null));

        assertThat(send("DELETE", "/api/v1/werkgevers/5/claim", null).statusCode()).isEqualTo(204);

        assertThat(claiming.claim(new ClaimEmployerCommand(KEES, 5)).ownerName()).isEqualTo("Kees de Wit");
        assertThat(api.ok(api.get("/api/v1/portefeuille")).valueStream().map(e -> e.get("id").asLong()))
                .doesNotContain(5L);
    }

    @Test
    void aContactMomentNamesEveryProblemAndIsKeptWhenRight() throws Exception {
        api.ok(send("PUT", "/api/v1/werkgevers/6/claim", null));

        JsonNode problem = api.problem(send("POST", "/api/v1/werkgevers/6/contactmomenten",
                "{\"datum\":\"morgen\",\"soort\":\"fax\",\"samenvatting\":\" \"}"), 400);
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("datum", "soort", "samenvatting");
        JsonNode future = api.problem(send("POST", "/api/v1/werkgevers/6/contactmomenten",
                "{\"datum\":\"" + LocalDate.now().plusDays(2) + "\",\"soort\":\"PHONE\",\"samenvatting\":\"Later.\"}"), 400);
        assertThat(future.get("invalidParams").get(0).get("reason").asString()).startsWith("De datum ligt tussen");

        HttpResponse<String> kept = send("POST", "/api/v1/werkgevers/6/contactmomenten",
                "{\"datum\":\"2026-11-02\",\"soort\":\"visit\",\"samenvatting\":\"Kennismaking; twee vacatures voor lassers.\"}");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        JsonNode contacts = api.ok(api.get("/api/v1/werkgevers/6/contactmomenten"));
        assertThat(contacts.get(0).get("datum").asString()).isEqualTo("2026-11-02");
        assertThat(contacts.get(0).get("soort").asString()).isEqualTo("VISIT");
        assertThat(contacts.get(0).get("auteur").asString()).isEqualTo("Fatima el Amrani");
        assertThat(jdbc.queryForObject("select count(*) from employer_contact where employer_id = 6", Integer.class)).isOne();
    }

    /** Issue 12 item 9: the claiming organisation's region is compared with the employer's. */
    @Test
    void anAccountManagerClaimsOnlyAnEmployerOfTheRegionTheirOrganisationServes() throws Exception {
        String address = jdbc.queryForObject("select postcode4 from employer where id = 7", String.class);
        jdbc.update("update employer set postcode4 = '1011' where id = 7"); // Amsterdam, in Groot Amsterdam (AM18)
        try {
            JsonNode refused = api.problem(send("PUT", "/api/v1/werkgevers/7/claim", null), 403);
            assertThat(refused.get("message").get("nl").asString()).contains("ligt in arbeidsmarktregio Groot Amsterdam"
                    + " (AM18); uw WerkgeversServicePunt werkt voor Rijnmond (AM22)");
            assertThat(refused.get("message").get("en").asString()).contains("lies in the labour market region Groot"
                    + " Amsterdam (AM18)");
            assertThat(api.form("/portefeuille/7/claim", "", csrf).body()).contains("ligt in arbeidsmarktregio Groot Amsterdam");
        } finally {
            jdbc.update("update employer set postcode4 = ? where id = 7", address);
        }
        assertThatThrownBy(() -> claiming.claim(new ClaimEmployerCommand(new AccountManager("elders", "Els Ders",
                "wsp-elders", null), 7))).isInstanceOf(OutsideRegion.class)
                .hasMessageContaining("does not say which labour market region");
        assertThat(jdbc.queryForObject("select count(*) from employer_owner where employer_id = 7", Integer.class))
                .isZero();
        assertThat(api.ok(send("PUT", "/api/v1/werkgevers/7/claim", null)).get("eigenaar").asString())
                .as("back in the region").isEqualTo("accountmanager");
    }

    @Test
    void anUnknownEmployerIsNotFoundAndOtherRolesHaveNoPortfolio() throws Exception {
        api.problem(send("PUT", "/api/v1/werkgevers/999999/claim", null), 404);
        assertThatThrownBy(() -> claiming.claim(new ClaimEmployerCommand(KEES, 999_999)))
                .isInstanceOf(NoSuchEmployer.class);

        ApiSession caseWorker = new ApiSession(port);
        String token = caseWorker.signIn("klantmanager");
        caseWorker.problem(caseWorker.get("/api/v1/portefeuille"), 403);
        caseWorker.problem(caseWorker.send(HttpRequest.newBuilder(caseWorker.uri("/api/v1/werkgevers/7/claim"))
                .header("X-CSRF-TOKEN", token).PUT(HttpRequest.BodyPublishers.noBody()).build()), 403);
        assertThat(caseWorker.get("/portefeuille").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("X-CSRF-TOKEN", csrf);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return api.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
