package nl.werkmotor.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

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

/**
 * The record forms of the placement pages, as a browser sends them: the account manager owning the employer records
 * from an introduction said yes to at it (offered on their list, by the candidate's pseudonym), a form without one or
 * for an introduction with a placement already is refused with its reason and nothing recorded, and an employer they
 * do not own is a 404, as is the case worker's page of someone outside the caseload.
 */
@WerkmotorTest
class PlacementPagesIT {

    private static final long SANNE = 1;
    private static final long EMPLOYER = 1;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long introduction;

    @BeforeEach
    void anAcceptedIntroduction(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, EMPLOYER);
        introduction = IntroductionFixture.accepted(jdbc, SANNE, EMPLOYER);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from placement where person_id = ?", SANNE);
        jdbc.update("delete from introduction where id = ?", introduction);
        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
    }

    @Test
    void theAccountManagerRecordsFromTheirListAndARefusedFormRecordsNothing() throws Exception {
        ApiSession adviser = new ApiSession(port);
        String csrf = adviser.signIn("accountmanager");
        String list = adviser.get("/portefeuille/plaatsingen?werkgever=" + EMPLOYER + "&lang=nl").body();
        assertThat(list).contains("value=\"" + introduction + "\"", "K-TEST: ");

        HttpResponse<String> refused = adviser.form("/portefeuille/plaatsingen", "kennismaking=&lang=nl", csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies de kennismaking waar de klant ja op zei.", "aria-invalid=\"true\"");
        assertThat(count()).isZero();

        HttpResponse<String> recorded = adviser.form("/portefeuille/plaatsingen", "kennismaking=" + introduction, csrf);
        assertThat(recorded.statusCode()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from placement where introduction_id = ?", Long.class, introduction);
        assertThat(recorded.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/portefeuille/plaatsingen/" + id));
        assertThat(jdbc.queryForObject("select recorded_as || ' ' || to_confirm_by from placement where id = ?",
                String.class, id)).isEqualTo("ACCOUNTMANAGER CASE_WORKER");
        assertThat(adviser.get("/portefeuille/plaatsingen?lang=nl").body())
                .doesNotContain("value=\"" + introduction + "\"").contains("/portefeuille/plaatsingen/" + id);

        ApiSession caseWorker = new ApiSession(port);
        String caseWorkerCsrf = caseWorker.signIn("klantmanager");
        HttpResponse<String> again = caseWorker.form("/caseload/" + SANNE + "/plaatsingen",
                "kennismaking=" + introduction + "&lang=nl", caseWorkerCsrf);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Voor deze kennismaking is al een plaatsing vastgelegd.");
        assertThat(count()).isEqualTo(1);
        assertThat(caseWorker.get("/caseload/" + SANNE + "/plaatsingen/" + id).body()).contains("Bevestigen");

        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
        assertThat(adviser.get("/portefeuille/plaatsingen?werkgever=" + EMPLOYER).statusCode()).isEqualTo(404);
        assertThat(adviser.get("/portefeuille/plaatsingen/" + id).statusCode()).isEqualTo(404);
        assertThat(adviser.get("/portefeuille/plaatsingen?lang=nl").body()).doesNotContain("/portefeuille/plaatsingen/" + id);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from placement where introduction_id = ?", Long.class, introduction);
    }
}
