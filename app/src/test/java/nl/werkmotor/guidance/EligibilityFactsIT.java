package nl.werkmotor.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.EligibilityFacts;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.WorkLimitation;

/**
 * The case worker records a person's target groups and the facts the Toolbox reads on the profile page they use
 * with the person (issue 13, item 1): a refused form names every field and saves nothing, a good one is saved in
 * the case worker's name and in the person's processing log, and {@code FindPeople.eligibilityFacts} gives it
 * to other modules; a person outside the caseload cannot be reached.
 */
@WerkmotorTest
class EligibilityFactsIT {

    static final long SANNE = 1;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPeople people;

    ApiSession caseWorker;
    String csrf;
    Map<String, Object> saved;

    @BeforeEach
    void signIn(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        saved = jdbc.queryForMap("select target_groups::text as groups, benefit, birth_year, birth_date, benefit_since, "
                + "work_limitation, loonwaarde from person where id = ?", SANNE);
        caseWorker = new ApiSession(port);
        csrf = caseWorker.signIn("klantmanager");
    }

    @AfterEach
    void restoreSanne() {
        jdbc.update("update target_group set active = true");
        jdbc.update("""
                update person set target_groups = ?::text[], benefit = ?, birth_year = ?, birth_date = ?, benefit_since = ?,
                    work_limitation = ?, loonwaarde = ? where id = ?""", saved.get("groups"), saved.get("benefit"),
                saved.get("birth_year"), saved.get("birth_date"), saved.get("benefit_since"), saved.get("work_limitation"),
                saved.get("loonwaarde"), SANNE);
    }

    @Test
    void theCaseWorkerRecordsTheFactsWithThePersonAndOtherModulesReadThem() throws Exception {
        var page = caseWorker.get("/caseload/1/profiel");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Doelgroepen en gegevens voor instrumenten", "jongeren zonder startkwalificatie");

        var response = caseWorker.form("/caseload/1/profiel/gegevens", "doelgroep=BIJSTAND&doelgroep=VIJFTIG_PLUS"
                + "&geboortedatum=14-3-1972&uitkering=BIJSTAND&uitkeringSinds=2024-08-01&arbeidsbeperking=ESTABLISHED_BY_UWV"
                + "&loonwaarde=70", csrf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);

        EligibilityFacts facts = people.eligibilityFacts(SANNE).orElseThrow();
        assertThat(facts).isEqualTo(new EligibilityFacts(SANNE, 1972, LocalDate.of(1972, 3, 14),
                java.util.Set.of(TargetGroup.BIJSTAND, TargetGroup.VIJFTIG_PLUS), BenefitType.BIJSTAND,
                LocalDate.of(2024, 8, 1), WorkLimitation.ESTABLISHED_BY_UWV, 70));
        assertThat(facts.ageOn(LocalDate.of(2026, 3, 13))).isEqualTo(53);
        assertThat(facts.ageOn(LocalDate.of(2026, 3, 14))).isEqualTo(54);
        assertThat(facts.monthsOutOfWork(LocalDate.of(2026, 12, 1))).hasValue(28);
        assertThat(people.byId(SANNE).orElseThrow().birthYear()).isEqualTo(1972);
        assertThat(jdbc.queryForObject("select changed_by || ': ' || description from person_change where person_id = 1 "
                + "order by id desc limit 1", String.class)).startsWith("klantmanager: Profiel: doelgroepen gewijzigd, "
                + "geboortedatum gewijzigd");
        assertThat(jdbc.queryForObject("select count(*) from processing_record where person_id = 1 and operation = 'CHANGE'"
                + " and name like 'Profiel: doelgroepen gewijzigd%'", Integer.class)).isEqualTo(1);
        assertThat(caseWorker.get("/caseload/1").body()).contains("14-3-1972", "bijstand, 50-plussers",
                "vastgesteld door UWV", "70% van het wettelijk minimumloon");
    }

    @Test
    void aRefusedFormNamesEveryFieldAndSavesNothing() throws Exception {
        String before = jdbc.queryForObject("select to_jsonb(p)::text from person p where id = 1", String.class);
        jdbc.update("update target_group set active = false where code = 'PRO_VSO'");
        String tomorrow = LocalDate.now().plusDays(2).toString();

        var refused = caseWorker.form("/caseload/1/profiel/gegevens", "doelgroep=PRO_VSO&geboortedatum=31-2-1990"
                + "&uitkering=BIJSTAND&uitkeringSinds=" + tomorrow + "&arbeidsbeperking=ZIEK&loonwaarde=120", csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        for (String field : List.of("geboortedatum", "arbeidsbeperking", "loonwaarde")) {
            assertThat(refused.body()).contains("id=\"" + field + "-fout\"");
        }
        assertThat(refused.body()).contains("Vul de geboortedatum in als dag-maand-jaar, zoals 14-3-1975, niet &#39;31-2-1990&#39;.",
                "Vul bij loonwaarde een heel getal van 0 tot en met 100 in, niet &#39;120&#39;.");
        // what could not be read is named together with what people finds, all at once (before, a date or number that
        // could not be read was refused alone: the inactive group and the benefit starting tomorrow came a try later)
        assertThat(refused.body()).contains("Fout: 5 problemen", "id=\"doelgroepen-fout\"", "id=\"uitkeringSinds-fout\"",
                "De doelgroep &#39;Pro/VSO-schoolverlaters&#39; is niet meer actief", "De uitkering kan niet na vandaag");
        refused = caseWorker.form("/caseload/1/profiel/gegevens", "doelgroep=PRO_VSO&geboortedatum=1-1-2020"
                + "&uitkering=NONE&uitkeringSinds=1-1-2024", csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("De doelgroep &#39;Pro/VSO-schoolverlaters&#39; is niet meer actief",
                "id=\"geboortedatum-fout\"", "Zonder uitkering is er geen datum");
        refused = caseWorker.form("/caseload/1/profiel/gegevens", "uitkering=WW&uitkeringSinds=" + tomorrow, csrf);
        assertThat(refused.body()).contains("id=\"uitkeringSinds-fout\"", "De uitkering kan niet na vandaag");

        assertThat(jdbc.queryForObject("select to_jsonb(p)::text from person p where id = 1", String.class)).isEqualTo(before);
        assertThat(caseWorker.form("/caseload/" + CaseloadIT.COLLEAGUES_PERSON + "/profiel/gegevens", "uitkering=WW", csrf)
                .statusCode()).isEqualTo(404);
    }
}
