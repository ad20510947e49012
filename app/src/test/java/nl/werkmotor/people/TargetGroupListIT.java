package nl.werkmotor.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import tools.jackson.databind.JsonNode;

/**
 * The region's target-group list as data (issue 13, item 1): seeded with the twelve groups, read by the
 * professionals, kept by the beheerder on its page and through the API with every refusal naming its field and
 * changing nothing, every change kept with who made it; a code in use is never deleted, and no person names a
 * code the list does not have.
 */
@WerkmotorTest
class TargetGroupListIT {

    static final List<String> SEEDED = List.of("BANENAFSPRAAK", "BEMIDDELBAAR_ARBEIDSBEPERKT", "PRO_VSO",
            "BESCHUT_WERK", "STATUSHOUDER", "WW", "WIA", "WAJONG", "BIJSTAND", "VIJFTIG_PLUS",
            "JONGEREN_ZONDER_STARTKWALIFICATIE", "OVERIG");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiSession beheerder;
    String csrf;

    @BeforeEach
    void signIn(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        jdbc.update("delete from target_group_change");
        jdbc.update("delete from target_group where code not in (" + String.join(",",
                SEEDED.stream().map(c -> "'" + c + "'").toList()) + ")");
        jdbc.update("update target_group set active = true");
        beheerder = new ApiSession(port);
        csrf = beheerder.signIn("beheerder");
    }

    @Test
    void theListHoldsTheTwelveGroupsOfTheRegionInItsOrder() throws Exception {
        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        JsonNode list = caseWorker.ok(caseWorker.get("/api/v1/doelgroepen"));

        assertThat(list.valueStream().map(g -> g.get("code").asString())).containsExactlyElementsOf(SEEDED);
        assertThat(list.get(0).get("naam").asString()).isEqualTo("banenafspraak (doelgroepregister)");
        assertThat(list.get(9).get("naam").asString()).isEqualTo("50-plussers");
        assertThat(list.valueStream()).allSatisfy(g -> {
            assertThat(g.get("actief").asBoolean()).isTrue();
            assertThat(g.get("naamEngels").asString()).isNotBlank();
        });
    }

    @Test
    void theBeheerderAddsRenamesAndDeactivatesAGroupAndEachChangeIsKeptWithWhoMadeIt() throws Exception {
        var added = beheerder.json("POST", "/api/v1/doelgroepen", """
                {"code": "nuggers", "naam": "nuggers", "naamEngels": "people without benefit"}""", csrf);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/doelgroepen/NUGGERS");
        JsonNode group = beheerder.ok(beheerder.get("/api/v1/doelgroepen/NUGGERS"));
        assertThat(group.get("actief").asBoolean()).isTrue();
        assertThat(group.get("volgorde").asInt()).isEqualTo(130); // after OVERIG

        JsonNode renamed = beheerder.ok(beheerder.json("PUT", "/api/v1/doelgroepen/NUGGERS", """
                {"naam": "niet-uitkeringsgerechtigden", "naamEngels": "people without benefit", "actief": false,
                 "omschrijving": "Werkzoekenden zonder uitkering"}""", csrf));
        assertThat(renamed.get("naam").asString()).isEqualTo("niet-uitkeringsgerechtigden");
        assertThat(renamed.get("actief").asBoolean()).isFalse();
        assertThat(renamed.get("volgorde").asInt()).isEqualTo(130);

        assertThat(jdbc.queryForList("select changed_by || ': ' || description_nl from target_group_change order by id",
                String.class)).containsExactly("beheerder: Doelgroep toegevoegd: nuggers.",
                "beheerder: Doelgroep NUGGERS: hernoemd van 'nuggers' naar 'niet-uitkeringsgerechtigden', "
                        + "omschrijving gewijzigd, niet meer actief.");
    }

    @Test
    void aRefusedGroupNamesEveryFieldAndChangesNothing() throws Exception {
        List<Map<String, Object>> before = jdbc.queryForList("select * from target_group order by code");

        JsonNode problem = beheerder.problem(beheerder.json("POST", "/api/v1/doelgroepen", """
                {"code": "WW", "naam": "bijstand", "naamEngels": "", "volgorde": -1}""", csrf), 400);
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("code", "naam", "naamEngels", "volgorde");
        JsonNode badCode = beheerder.problem(beheerder.json("POST", "/api/v1/doelgroepen", """
                {"code": "50+", "naam": "x", "naamEngels": "y", "omschrijving": "%s"}""".formatted("a".repeat(501)),
                csrf), 400);
        assertThat(badCode.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("code", "omschrijving");
        JsonNode rename = beheerder.problem(beheerder.json("PUT", "/api/v1/doelgroepen/WW", """
                {"naam": "Wajong", "naamEngels": "unemployment benefit (WW)"}""", csrf), 400);
        assertThat(rename.get("invalidParams").get(0).get("name").asString()).isEqualTo("naam");
        assertThat(rename.get("invalidParams").get(0).get("message").get("nl").asString())
                .isEqualTo("De doelgroep WAJONG heet al 'Wajong'.");
        beheerder.problem(beheerder.json("PUT", "/api/v1/doelgroepen/ONBEKEND", """
                {"naam": "x", "naamEngels": "y"}""", csrf), 404);

        assertThat(jdbc.queryForList("select * from target_group order by code")).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from target_group_change", Integer.class)).isZero();
    }

    @Test
    void onTheBeheerdersPageARefusedFormShowsEachReasonBesideItsFieldAndAGoodOneIsSaved() throws Exception {
        var page = beheerder.get("/beheer/doelgroepen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("jongeren zonder startkwalificatie", "Pro/VSO-schoolverlaters");

        var refused = beheerder.form("/beheer/doelgroepen", "code=BIJSTAND&naam=&naamEngels=x&volgorde=veel", csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"volgorde-fout\"", "Vul bij volgorde een heel getal",
                "id=\"naam-fout\"", "Vul de Nederlandse naam in.");
        refused = beheerder.form("/beheer/doelgroepen", "code=BIJSTAND&naam=bijstand&naamEngels=x", csrf);
        assertThat(refused.body()).contains("id=\"code-fout\"", "De code BIJSTAND bestaat al.", "id=\"naam-fout\"");
        assertThat(jdbc.queryForObject("select count(*) from target_group", Integer.class)).isEqualTo(12);

        var saved = beheerder.form("/beheer/doelgroepen/WIA", "naam=WIA (WGA en IVA)&naamEngels=WIA&volgorde=65",
                csrf);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select name_nl, active, sort_order from target_group where code = 'WIA'"))
                .isEqualTo(Map.of("name_nl", "WIA (WGA en IVA)", "active", false, "sort_order", 65));
        assertThat(beheerder.get("/beheer/doelgroepen").body()).contains("beheerder: Doelgroep WIA: hernoemd");
        assertThat(beheerder.get("/beheer/doelgroepen/wia").body()).contains("value=\"WIA (WGA en IVA)\"");
        assertThat(beheerder.get("/beheer/doelgroepen/NIETS").statusCode()).isEqualTo(404);
    }

    @Test
    void aCodeInUseIsNeverDeletedAndNoPersonNamesACodeTheListLacks() {
        assertThatThrownBy(() -> jdbc.update("delete from target_group where code = 'BIJSTAND'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("in use");
        assertThatThrownBy(() -> jdbc.update("update person set target_groups = '{BIJSTAND,RIJK}' where id = 1"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("not in the list");
        assertThatThrownBy(() -> jdbc.update("update target_group set code = 'BIJSTAND2' where code = 'BIJSTAND'"))
                .isInstanceOf(DataAccessException.class);
    }
}
