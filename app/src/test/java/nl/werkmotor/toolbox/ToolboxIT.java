package nl.werkmotor.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.showcase.IntroductionFixture;
import tools.jackson.databind.JsonNode;

/**
 * The Toolbox through its API and pages: the edition in force on each side of the demo's 1 March, a candidate's
 * instruments with reasons for their case worker and for the adviser told yes (and nobody else), the employer's
 * offers without reasons, a new edition from draft to published (and the dates it refuses), the missed-instrument
 * notes and the evaluation that counts what applied; every reading of a person in their processing log.
 */
@WerkmotorTest
class ToolboxIT {

    private static final long SANNE = 1; // the demo job seeker, in the demo case worker's caseload
    private static final long OWN_EMPLOYER = 1; // the demo employer's

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindProcessingRecords processingLog;

    private final List<Long> editionsMade = new ArrayList<>();

    @BeforeEach
    void region(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from employer_owner where employer_id = ?", OWN_EMPLOYER);
        editionsMade.forEach(id -> jdbc.update("delete from toolbox_edition where id = ?", id));
    }

    @Test
    void theDemoRegionsNextEditionChangesTheVoucherOn1March() throws Exception {
        ApiSession trainer = session("opleider");
        LocalDate march = SeedingTheToolbox.nextFirstOfMarch(LocalDate.now(ToolboxClock.SYSTEM));
        JsonNode before = trainer.ok(trainer.get("/api/v1/instrumenten?peildatum=" + march.minusDays(1)));
        JsonNode after = trainer.ok(trainer.get("/api/v1/instrumenten?peildatum=" + march));

        assertThat(before.get("editie").get("ingangsdatum").asString()).isEqualTo(
                SeedingTheToolbox.lastEffectiveDate(LocalDate.now(ToolboxClock.SYSTEM)).toString());
        assertThat(after.get("editie").get("ingangsdatum").asString()).isEqualTo(march.toString());
        assertThat(voucher(before).get("geeft").get("bedrag").asInt()).isEqualTo(2500);
        assertThat(voucher(after).get("geeft").get("bedrag").asInt()).isEqualTo(2700);
        assertThat(voucher(after).get("regels").get(0).get("bron").asString()).isNotBlank();
        assertThat(voucher(after).get("regels").get(0).get("doorRegioGecontroleerd").asBoolean()).isFalse();

        trainer.problem(trainer.get("/api/v1/instrumenten?peildatum=1-3-2027"), 400);
        trainer.problem(trainer.get("/api/v1/instrumenten?peildatum=2000-01-01"), 404);
        String page = trainer.get("/toolbox?peildatum=" + march + "&lang=nl").body();
        assertThat(page).contains("Scholingsvoucher (Rotterdam)", "€ 2.700", "nog te controleren door de regio");
    }

    @Test
    void theCaseWorkerReadsTheirClientsInstrumentsWithAReasonPerRule() throws Exception {
        ApiSession caseWorker = session("klantmanager");
        long vacancy = jdbc.queryForObject("select min(id) from vacancy", Long.class);
        JsonNode answer = caseWorker.ok(caseWorker.get("/api/v1/kandidaten/" + SANNE + "/instrumenten?vacature=" + vacancy
                + "&contractmaanden=12"));

        assertThat(answer.get("instrumenten").size()).isGreaterThanOrEqualTo(14);
        JsonNode voucher = find(answer.get("instrumenten"), "SCHOLINGSVOUCHER");
        assertThat(voucher.get("toepassing").asString()).isIn("APPLIES", "MAY_APPLY", "DOES_NOT_APPLY");
        assertThat(voucher.get("regels").get(0).get("reden").asString()).isNotBlank();
        assertThat(voucher.get("regels").get(0).get("reasonEn").asString()).isNotBlank();
        assertThat(processingLog.aboutPerson(SANNE, 1, 10)).anySatisfy(r -> {
            assertThat(r.operation()).isEqualTo(Operation.READ);
            assertThat(r.purpose()).isEqualTo(ProcessingPurpose.GUIDANCE);
            assertThat(r.name().nl()).startsWith("Welke regelingen passen bij u");
        });
        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/" + SANNE + "/instrumenten"), 400);
        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/" + SANNE + "/instrumenten?vacature=999999999"), 404);

        String page = caseWorker.get("/caseload/" + SANNE + "/instrumenten?vacature=" + vacancy + "&lang=nl").body();
        assertThat(page).contains("Instrumenten bij deze vacature", "Klopt", "bron");
    }

    @Test
    void theAdviserReadsThemOnlyAfterAYesToTheirOwnIntroductionAndTheEmployerSeesOnlyOffers() throws Exception {
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, OWN_EMPLOYER);
        long introduction = IntroductionFixture.accepted(jdbc, SANNE, OWN_EMPLOYER);
        long vacancy = jdbc.queryForObject("select vacancy_id from introduction where id = ?", Long.class, introduction);
        ApiSession adviser = session("accountmanager");
        String api = "/api/v1/kandidaten/" + SANNE + "/instrumenten?vacature=" + vacancy;
        adviser.problem(adviser.get(api), 404); // asked by another adviser
        assertThat(adviser.get("/portefeuille/kennismakingen/" + introduction + "/instrumenten").statusCode())
                .isEqualTo(404);

        jdbc.update("update introduction set requested_by = 'accountmanager' where id = ?", introduction);
        JsonNode answer = adviser.ok(adviser.get(api));
        assertThat(answer.get("instrumenten").size()).isGreaterThanOrEqualTo(14);
        assertThat(processingLog.aboutPerson(SANNE, 1, 10)).anySatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(ProcessingPurpose.INTRODUCTION_FOLLOW_UP);
            assertThat(r.actor().username()).isEqualTo("accountmanager");
        });
        String page = adviser.get("/portefeuille/kennismakingen/" + introduction + "/instrumenten?lang=nl").body();
        assertThat(page).contains("Instrumenten bij deze vacature", "bron");
        assertThat(adviser.get("/portefeuille/kennismakingen?lang=nl").body())
                .contains("/portefeuille/kennismakingen/" + introduction + "/instrumenten");

        jdbc.update("update introduction set status = 'REQUESTED' where id = ?", introduction);
        adviser.problem(adviser.get(api), 404); // no yes (any more)
        jdbc.update("update introduction set status = 'ACCEPTED' where id = ?", introduction);

        ApiSession employer = session("werkgever");
        String employersPage = employer.get("/werkgever/introducties?lang=nl").body();
        assertThat(employersPage).contains("Wat u als werkgever kunt krijgen");
        assertThat(employersPage).doesNotContain("Klopt", "In de doelgroep", "bron:", "Loonwaarde ");
        employer.problem(employer.get(api), 403);
    }

    @Test
    void aNewEditionGoesFromDraftThroughReviewToPublishedOnItsOwnDate() throws Exception {
        ApiSession beheerder = session("beheerder");
        String csrf = beheerder.csrfToken();
        LocalDate october = LocalDate.of(LocalDate.now(ToolboxClock.SYSTEM).getYear() + 2, 10, 1);

        HttpResponse<String> notABoundary = beheerder.form("/toolbox/edities", "ingangsdatum=" + october.withDayOfMonth(2)
                + "&soort=LAW_CHANGE&wat=Wet", csrf);
        assertThat(notABoundary.statusCode()).isEqualTo(400);
        assertThat(notABoundary.body()).contains("Een editie gaat in op 1 maart of 1 oktober.");
        HttpResponse<String> passed = beheerder.form("/toolbox/edities", "ingangsdatum=2020-03-01&soort=LAW_CHANGE&wat=Wet",
                csrf);
        assertThat(passed.body()).contains("Die datum is voorbij.");
        HttpResponse<String> nothing = beheerder.form("/toolbox/edities", "ingangsdatum=" + october + "&soort=&wat=", csrf);
        assertThat(nothing.body()).contains("Kies waarom de Toolbox verandert.", "Schrijf op wat er verandert en waarom.");
        long before = jdbc.queryForObject("select count(*) from toolbox_edition", Long.class);
        assertThat(before).isEqualTo(jdbc.queryForObject("select count(*) from toolbox_edition", Long.class));

        HttpResponse<String> made = beheerder.form("/toolbox/edities", "ingangsdatum=" + october
                + "&soort=LAW_CHANGE&wat=Het+LKV+banenafspraak+wordt+%E2%82%AC+1%2C10", csrf);
        assertThat(made.statusCode()).isEqualTo(302);
        long id = Long.parseLong(made.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        editionsMade.add(id);
        assertThat(beheerder.form("/toolbox/edities/" + id + "/instrument", "instrument=LKV_BANENAFSPRAAK&bedrag=1%2C10"
                + "&maximum=2200&tot=&voorwaarden=Doelgroepregister&voorwaardenEngels=Register", csrf).statusCode())
                .isEqualTo(302);
        HttpResponse<String> wrongAmount = beheerder.form("/toolbox/edities/" + id + "/instrument",
                "instrument=LKV_BANENAFSPRAAK&bedrag=veel&voorwaarden=x&voorwaardenEngels=y", csrf);
        assertThat(wrongAmount.statusCode()).isEqualTo(400);
        assertThat(wrongAmount.body()).contains("Vul een bedrag in euro");
        assertThat(beheerder.form("/toolbox/edities/" + id + "/publiceren", "", csrf).body())
                .contains("Eerst beoordelen, dan publiceren.");
        ApiSession reader = session("klantmanager");
        assertThat(lkv(reader, october).get("geeft").get("bedrag").asDouble()).isEqualTo(1.01);

        assertThat(beheerder.form("/toolbox/edities/" + id + "/beoordelen", "", csrf).statusCode()).isEqualTo(302);
        assertThat(beheerder.form("/toolbox/edities/" + id + "/publiceren", "", csrf).statusCode()).isEqualTo(302);
        assertThat(beheerder.get("/toolbox/edities/" + id + "?lang=nl").body()).contains("gepubliceerd", "Het LKV banenafspraak");

        assertThat(lkv(reader, october.minusDays(1)).get("geeft").get("bedrag").asDouble()).isEqualTo(1.01);
        JsonNode changed = lkv(reader, october);
        assertThat(changed.get("geeft").get("bedrag").asDouble()).isEqualTo(1.10);
        assertThat(changed.get("geeft").get("maximumPerJaar").asInt()).isEqualTo(2200);
        HttpResponse<String> afterPublishing = beheerder.form("/toolbox/edities/" + id + "/instrument",
                "instrument=LKV_BANENAFSPRAAK&bedrag=9&voorwaarden=x&voorwaardenEngels=y", csrf);
        assertThat(afterPublishing.body()).contains("Alleen een concept kan nog veranderen.");
        assertThat(lkv(reader, october).get("geeft").get("bedrag").asDouble()).isEqualTo(1.10);
    }

    @Test
    void advisersNoteWhatTheyMissedAndTheEvaluationCountsWhatApplied() throws Exception {
        ApiSession adviser = session("accountmanager");
        String csrf = adviser.csrfToken();
        HttpResponse<String> empty = adviser.form("/toolbox/ontbrekend", "ontbrekend=&waarvoor=", csrf);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Vul wat er ontbrak in.");
        assertThat(adviser.form("/toolbox/ontbrekend", "ontbrekend=Reiskosten+proefplaatsing&waarvoor=Werkgever+in+de+haven",
                csrf).statusCode()).isEqualTo(302);

        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, OWN_EMPLOYER);
        long introduction = IntroductionFixture.accepted(jdbc, SANNE, OWN_EMPLOYER);
        jdbc.update("update introduction set requested_by = 'accountmanager' where id = ?", introduction);
        adviser.get("/portefeuille/kennismakingen/" + introduction + "/instrumenten");
        adviser.get("/portefeuille/kennismakingen/" + introduction + "/instrumenten"); // counted once

        ApiSession beheerder = session("beheerder");
        String evaluation = beheerder.get("/toolbox/evaluatie?lang=nl").body();
        assertThat(evaluation).contains("Reiskosten proefplaatsing", "Werkgever in de haven", "Per accountmanager",
                "Nooit gebruikt", "Hoe we tellen");
        long vacancy = jdbc.queryForObject("select vacancy_id from introduction where id = ?", Long.class, introduction);
        assertThat(jdbc.queryForObject("select count(*) from toolbox_instrument_shown where vacancy_id = ? "
                + "and account = 'accountmanager'", Long.class, vacancy)).isEqualTo(jdbc.queryForObject(
                "select count(distinct instrument_code) from toolbox_instrument_shown where vacancy_id = ? "
                        + "and account = 'accountmanager'", Long.class, vacancy));
    }

    private ApiSession session(String who) throws Exception {
        ApiSession session = new ApiSession(port);
        session.signIn(who);
        return session;
    }

    private static JsonNode lkv(ApiSession reader, LocalDate date) throws Exception {
        return find(reader.ok(reader.get("/api/v1/instrumenten?peildatum=" + date)).get("instrumenten"), "LKV_BANENAFSPRAAK");
    }

    private static JsonNode voucher(JsonNode answer) {
        return find(answer.get("instrumenten"), "SCHOLINGSVOUCHER");
    }

    private static JsonNode find(JsonNode instruments, String code) {
        for (JsonNode i : instruments) {
            if (i.get("code").asString().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in " + instruments);
    }
}
