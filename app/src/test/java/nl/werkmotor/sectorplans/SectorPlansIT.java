package nl.werkmotor.sectorplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.RefusalReasons;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.Sector;
import tools.jackson.databind.JsonNode;

/**
 * Sector plans and targets (issue 13, item 4) through the use cases and the API: each save a new version with who
 * saved it; a plan saved only by the adopting organisation's staff and the beheerder; the sectortrekker and the
 * adoption kept with their changes; targets set by the beleidsmedewerker and beheerder with their history; every
 * refused input names every reason and changes nothing; the analysis's small figures suppressed.
 */
@WerkmotorTest
class SectorPlansIT {

    /** Every table of the module, to see that a refusal changed nothing. */
    static final String EVERYTHING = """
            select coalesce(string_agg(t, '|' order by t), '') from (
              select s::text as t from region_sector s union all select c::text from region_sector_change c
              union all select v::text from sector_plan_version v union all select k::text from sector_plan_key_account k
              union all select p::text from sector_plan_project p union all select t::text from sector_target t
              union all select c::text from sector_target_change c) all_rows""";

    static final CurrentUser BEHEERDER = user("beheerder", Role.BEHEERDER, "wsp-lindeveen");
    static final CurrentUser WSP_ADVISER = user("accountmanager", Role.ACCOUNTMANAGER, "wsp-lindeveen");
    static final CurrentUser WSP_POLICY = user("beleid-wsp", Role.BELEIDSMEDEWERKER, "wsp-lindeveen");
    static final CurrentUser MUNICIPALITY_ADVISER = user("am-gemeente", Role.ACCOUNTMANAGER, "gemeente-lindeveen");
    static final CurrentUser WSP_CASE_WORKER = user("km-wsp", Role.KLANTMANAGER, "wsp-lindeveen");
    static final CurrentUser REGION_POLICY = user("beleidsmedewerker", Role.BELEIDSMEDEWERKER,
            "arbeidsmarktregio-lindeveen");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindSectorPlans plans;
    @Autowired
    SavingSectorPlan saving;
    @Autowired
    ChangingSectorLead changingLead;
    @Autowired
    SettingTarget setting;
    @Autowired
    FindTargets targets;
    @Autowired
    AnalysingSectors analysing;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void region(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @Test
    void theDemoHasPlansForEverySectorWithKeyAccountsOfTheSectorAndUwvIsCalledUwv() {
        assertThat(plans.sectors()).hasSize(10);
        AdoptedSector bouw = plans.sector("BOUW_TECHNIEK").orElseThrow();
        assertThat(bouw.trekkerName()).isEqualTo("Gerrit Jansen");
        assertThat(bouw.trekkerOrganisationId()).isEqualTo("uwv");
        assertThat(plans.sector("ICT").orElseThrow().adoptingOrganisationId()).isEqualTo("uwv");
        assertThat(jdbc.queryForObject("select count(*) from region_sector where adopting_organisation_id like 'uwv-%'"
                + " or trekker_organisation_id like 'uwv-%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sector_target where scope_key = 'uwv-lindeveen'",
                Integer.class)).isZero();
        assertThat(targets.targetsFor(LocalDate.now().getYear())).anySatisfy(t -> assertThat(t.scopeKey()).isEqualTo("uwv"));
        for (String code : List.of("BOUW_TECHNIEK", "TRANSPORT_LOGISTIEK_GROOTHANDEL")) {
            SectorPlan demo = plans.versions(code).stream().filter(p -> p.savedBy().equals("demo-data")).findFirst()
                    .orElseThrow();
            assertThat(demo.analysisText()).hasSizeGreaterThan(100);
            assertThat(demo.localPlacements()).isPositive();
            assertThat(demo.projects()).isNotEmpty();
            assertThat(demo.keyAccounts()).isNotEmpty().allSatisfy(id -> assertThat(jdbc.queryForObject(
                    "select sector from employer where id = ?", String.class, id))
                    .isIn(plans.sector(code).orElseThrow().sbiSections().stream().map(Sector::name).toList()));
        }
    }

    @Test
    void eachSaveIsANewVersionWithWhoSavedItAndTheEarlierOnesStay() {
        List<SectorPlan> before = plans.versions("HORECA");
        SectorPlan first = saving.save(new SaveSectorPlan("HORECA", form("Eerste tekst", "3", "9", List.of()),
                WSP_ADVISER));
        SectorPlan second = saving.save(new SaveSectorPlan("HORECA", form("Tweede tekst", "4", "10",
                List.of(project("Seizoen", "WSP, horeca", "20 banen", "1-4-2026", "30-9-2026"))), WSP_POLICY));

        assertThat(first.version()).isEqualTo(before.getLast().version() + 1);
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.savedByName()).isEqualTo("Iemand beleid-wsp");
        assertThat(second.projects()).containsExactly(new SectorProject("Seizoen", "WSP, horeca", "20 banen",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)));
        List<SectorPlan> after = plans.versions("HORECA");
        assertThat(after).hasSize(before.size() + 2);
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.get(before.size())).isEqualTo(first);
        assertThat(plans.current("HORECA")).hasValue(second);
        assertThat(saving.save(new SaveSectorPlan("HORECA", form("Van de beheerder", "0", "0", List.of()), BEHEERDER))
                .version()).isEqualTo(second.version() + 1);
    }

    @Test
    void aRefusedPlanNamesEveryProblemAtOnceAndChangesNothing() {
        String before = jdbc.queryForObject(EVERYTHING, String.class);
        SectorPlanForm wrong = new SectorPlanForm("", "veel", "-1", List.of("999999999", "abc"), List.of(
                project("Zonder partners", "", "Een doel", "1-6-2026", "1-1-2026"),
                project("", "ROC", "", "31-2-2026", "")), "x".repeat(SectorPlanForm.MAX_MONITORING + 1));

        assertThat(reasons(() -> saving.save(new SaveSectorPlan("BOUW_TECHNIEK", wrong, WSP_ADVISER))))
                .containsOnlyKeys("analyse", "lokaal", "regionaal", "sleutelaccounts", "projecten[0].partners",
                        "projecten[0].tot", "projecten[1].naam", "projecten[1].doel", "projecten[1].van",
                        "projecten[1].tot", "monitoring")
                .containsEntry("analyse", "Vul de sectoranalyse in.")
                .containsEntry("sleutelaccounts", "Er is geen werkgever 999999999. Er is geen werkgever abc.")
                .containsEntry("projecten[0].tot", "De einddatum (project 1) ligt vóór de startdatum (2026-06-01).")
                .containsEntry("projecten[1].van", "Vul de startdatum (project 2) in als dag-maand-jaar, zoals "
                        + "1-3-2026, niet '31-2-2026'.");
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);
    }

    @Test
    void onlyTheAdoptingOrganisationsStaffAndTheBeheerderSaveAPlan() {
        String before = jdbc.queryForObject(EVERYTHING, String.class);
        SectorPlanForm fine = form("Tekst", "1", "2", List.of());

        assertThatThrownBy(() -> saving.save(new SaveSectorPlan("BOUW_TECHNIEK", fine, MUNICIPALITY_ADVISER)))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("only its staff");
        assertThatThrownBy(() -> saving.save(new SaveSectorPlan("BOUW_TECHNIEK", fine, REGION_POLICY)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> saving.save(new SaveSectorPlan("BOUW_TECHNIEK", fine, WSP_CASE_WORKER)))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("does not save sector plans");
        assertThatThrownBy(() -> saving.save(new SaveSectorPlan("ZORG_WELZIJN_SCHOONMAAK", fine, WSP_ADVISER)))
                .isInstanceOf(NotAllowed.class);
        // refused for who they are before the form is read: a wrong form by someone else says nothing about it
        assertThatThrownBy(() -> saving.save(new SaveSectorPlan("BOUW_TECHNIEK", form("", "", "", List.of()),
                MUNICIPALITY_ADVISER))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> saving.save(new SaveSectorPlan("GEEN_SECTOR", fine, BEHEERDER)))
                .isInstanceOf(SectorNotFound.class);
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);
        assertThat(saving.save(new SaveSectorPlan("ZORG_WELZIJN_SCHOONMAAK", fine, MUNICIPALITY_ADVISER)).savedBy())
                .isEqualTo("am-gemeente");
    }

    @Test
    void theSectortrekkerIsNamedByTheAdoptersAndTheAdoptionChangedByTheBeheerderEachKept() {
        String before = jdbc.queryForObject(EVERYTHING, String.class);
        int changesBefore = plans.changes("TUINBOUW").size();
        assertThat(reasons(() -> changingLead.change(new ChangeSectorLead("TUINBOUW", new SectorLeadForm(
                "x".repeat(121), "", "gemeente-lindeveen"), WSP_ADVISER))))
                .containsOnlyKeys("trekker", "trekkerOrganisatie", "adopterendeOrganisatie")
                .containsEntry("adopterendeOrganisatie", "Alleen de beheerder geeft een sector aan een andere "
                        + "organisatie; laat dit veld zoals het was.");
        assertThat(reasons(() -> changingLead.change(new ChangeSectorLead("TUINBOUW", new SectorLeadForm(
                "", "uwv", "nergens"), BEHEERDER))))
                .containsOnlyKeys("trekker", "adopterendeOrganisatie");
        assertThatThrownBy(() -> changingLead.change(new ChangeSectorLead("TUINBOUW", new SectorLeadForm("Piet", "uwv",
                ""), MUNICIPALITY_ADVISER))).isInstanceOf(NotAllowed.class);
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);

        AdoptedSector named = changingLead.change(new ChangeSectorLead("TUINBOUW", new SectorLeadForm("Ilse de Wit",
                "roc-lindeveen", ""), WSP_ADVISER));
        assertThat(named.trekkerName()).isEqualTo("Ilse de Wit");
        assertThat(named.trekkerOrganisationName()).isEqualTo("ROC Lindeveen");
        AdoptedSector moved = changingLead.change(new ChangeSectorLead("TUINBOUW", new SectorLeadForm("Ilse de Wit",
                "roc-lindeveen", "gemeente-lindeveen"), BEHEERDER));
        assertThat(moved.adoptingOrganisationId()).isEqualTo("gemeente-lindeveen");
        assertThat(plans.changes("TUINBOUW").stream().map(c -> c.text(Locale.ENGLISH, plans.organisationNames()))
                .limit(2)).containsExactly("Adopted by Gemeente Rotterdam.", "Sector lead: Ilse de Wit (ROC Lindeveen).");
        assertThat(plans.changes("TUINBOUW").getFirst().changedBy()).isEqualTo("beheerder");
        // and back, as the other tests expect it
        changingLead.change(new ChangeSectorLead("TUINBOUW", new SectorLeadForm("", "", "wsp-lindeveen"), BEHEERDER));
        assertThat(plans.sector("TUINBOUW").orElseThrow().hasTrekker()).isFalse();
        assertThat(plans.changes("TUINBOUW")).hasSize(changesBefore + 4);
    }

    @Test
    void targetsAreSetByThePolicyAnalystAndTheBeheerderWithTheirHistory() {
        String before = jdbc.queryForObject(EVERYTHING, String.class);
        assertThat(reasons(() -> setting.set(new SetTarget(0, new TargetForm("1999", "PROVINCE", "x", "MONEY", "-3", "",
                "gisteren", "n".repeat(301)), REGION_POLICY))))
                .containsOnlyKeys("jaar", "niveau", "soort", "aantal", "afgesprokenDoor", "afgesprokenOp", "notitie");
        assertThat(reasons(() -> setting.set(new SetTarget(0, new TargetForm("2031", "REGION", "uwv", "PLACEMENTS",
                "10", "Kernteam", "1-2-2031", ""), BEHEERDER)))).containsOnlyKeys("sleutel");
        assertThat(reasons(() -> setting.set(new SetTarget(0, new TargetForm("2031", "SECTOR", "MIJNBOUW",
                "PLACEMENTS", "10", "Kernteam", "1-2-2031", ""), BEHEERDER))))
                .containsOnly(Map.entry("sleutel", "Er is geen sector MIJNBOUW in de regio."));
        assertThat(reasons(() -> setting.set(new SetTarget(0, new TargetForm("2031", "TARGET_GROUP", "", "OUTFLOW",
                "10", "Kernteam", "1-2-2031", ""), BEHEERDER)))).containsOnly(Map.entry("sleutel", "Kies de doelgroep."));
        assertThatThrownBy(() -> setting.set(new SetTarget(0, new TargetForm("2031", "REGION", "", "PLACEMENTS", "10",
                "Kernteam", "1-2-2031", ""), WSP_ADVISER))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> setting.set(new SetTarget(987654321, new TargetForm("2031", "REGION", "",
                "PLACEMENTS", "10", "Kernteam", "1-2-2031", ""), BEHEERDER))).isInstanceOf(TargetNotFound.class);
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);

        TargetRow added = setting.set(new SetTarget(0, new TargetForm("2031", "TARGET_GROUP", "BANENAFSPRAAK",
                "PLACEMENTS", "810", "Kernteam (gemeenten, UWV, WSP)", "23-2-2031", "bovenop de eigen targets"),
                REGION_POLICY));
        assertThat(added.target()).isEqualTo(new Target(2031, TargetScope.TARGET_GROUP, "BANENAFSPRAAK",
                TargetKind.PLACEMENTS, 810, "Kernteam (gemeenten, UWV, WSP)", LocalDate.of(2031, 2, 23),
                "bovenop de eigen targets"));
        assertThat(reasons(() -> setting.set(new SetTarget(0, new TargetForm("2031", "TARGET_GROUP", "BANENAFSPRAAK",
                "PLACEMENTS", "5", "Kernteam", "1-3-2031", ""), BEHEERDER)))).containsOnlyKeys("soort");
        TargetRow changed = setting.set(new SetTarget(added.id(), new TargetForm("2031", "TARGET_GROUP",
                "BANENAFSPRAAK", "PLACEMENTS", "850", "Kernteam (gemeenten, UWV, WSP)", "23-2-2031",
                "bovenop de eigen targets"), BEHEERDER));
        assertThat(changed.target().count()).isEqualTo(850);
        assertThat(changed.changedBy()).isEqualTo("beheerder");
        assertThat(targets.changesOf(added.id())).extracting(TargetChange::changedBy)
                .containsExactly("beheerder", "beleidsmedewerker");
        assertThat(targets.changesOf(added.id()).getFirst().text(Locale.ENGLISH)).startsWith("Changed: 2031")
                .contains("850");
        assertThat(targets.targetsFor(2031)).hasSize(1);
    }

    @Test
    void theAnalysisShowsOnlyFiguresOfFiveOrMoreAndNoPartThatDiffersFromItsWholeByLess() {
        for (AdoptedSector sector : plans.sectors()) {
            SectorAnalysis a = analysing.of(sector, Locale.forLanguageTag("nl"));
            String[] sections = sector.sbiSections().stream().map(Sector::name).toArray(String[]::new);
            long employers = jdbc.queryForObject("select count(*) from employer where sector = any(?::text[])",
                    Long.class, (Object) sections);
            long open = jdbc.queryForObject("""
                    select count(*) from vacancy v join employer e on e.id = v.employer_id
                    where e.sector = any(?::text[])""", Long.class, (Object) sections);
            assertShownOrSuppressed(a.employers(), employers);
            assertShownOrSuppressed(a.openVacancies(), open);
            assertThat(List.of(a.employers(), a.openVacancies(), a.openLong(), a.jobSeekers()))
                    .allSatisfy(f -> assertThat(f.suppressed() || f.count() == 0 || f.count() >= 5).isTrue());
            assertThat(a.mostAsked()).allSatisfy(o -> assertThat(o.vacancies().suppressed()
                    || o.vacancies().count() >= 5).isTrue());
        }
        // a small sector of its own making, in a transaction that is rolled back
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from vacancy where employer_id in (select id from employer where sector = 'CULTURE')");
            jdbc.update("delete from employer where sector = 'CULTURE'");
            List<Long> ids = List.of(1L, 2L, 3L).stream().map(i -> jdbc.queryForObject("""
                    insert into employer (name, sector, size_class, postcode4) values (?, 'CULTURE', 'SMALL', '3011')
                    returning id""", Long.class, "Theater " + i)).toList();
            String occupation = jdbc.queryForObject("select min(occupation_uri) from vacancy", String.class);
            Timestamp tenWeeksAgo = Timestamp.from(Instant.now().minus(70, ChronoUnit.DAYS));
            for (int i = 0; i < 7; i++) {
                jdbc.update("""
                        insert into vacancy (employer_id, occupation_uri, title, min_hours, max_hours, postcode4,
                            entered_at) values (?, ?, 'Medewerker', 20, 32, '3011', ?)""", ids.get(i % 3), occupation,
                        i < 6 ? tenWeeksAgo : null);
            }
            SectorAnalysis small = analysing.of(new AdoptedSector("CULTUUR", "Cultuur", "Culture",
                    List.of(Sector.CULTURE), "wsp-lindeveen", "WSP", null, null, null), Locale.ENGLISH);
            assertThat(small.employers().suppressed()).as("3 employers").isTrue();
            assertThat(small.openVacancies().count()).isEqualTo(7);
            assertThat(small.openLong().suppressed()).as("6 of 7: 1 is new").isTrue();
            assertThat(small.mostAsked()).singleElement().satisfies(o -> assertThat(o.vacancies().count()).isEqualTo(7));
            status.setRollbackOnly();
        });
        assertThat(SectorAnalysis.Figure.of(0).count()).isZero();
        assertThat(SectorAnalysis.Figure.of(4).suppressed()).isTrue();
        assertThat(SectorAnalysis.Figure.of(5).count()).isEqualTo(5);
        assertThat(SectorAnalysis.Figure.partOf(5, 9).suppressed()).isTrue();
        assertThat(SectorAnalysis.Figure.partOf(5, 10).count()).isEqualTo(5);
        assertThat(SectorAnalysis.Figure.partOf(7, 7).count()).isEqualTo(7);
    }

    @Test
    void theApiReadsSectorsAndPlansForProfessionalsAndSavesForTheAdopters() throws Exception {
        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        JsonNode sectors = caseWorker.ok(caseWorker.get("/api/v1/sectoren"));
        assertThat(sectors.size()).isEqualTo(10);
        JsonNode bouw = sectors.valueStream().filter(s -> s.get("code").asString().equals("BOUW_TECHNIEK"))
                .findFirst().orElseThrow();
        assertThat(bouw.get("trekker").get("naam").asString()).isEqualTo("Gerrit Jansen");
        assertThat(bouw.get("trekker").get("organisatie").get("id").asString()).isEqualTo("uwv");
        assertThat(bouw.get("sbiSecties").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("C", "F");
        assertThat(caseWorker.ok(caseWorker.get("/api/v1/sectorplannen")).size()).isEqualTo(10);
        JsonNode plan = caseWorker.ok(caseWorker.get("/api/v1/sectorplannen/BOUW_TECHNIEK"));
        assertThat(plan.get("analyse").get("openVacatures").has("onderdrukt")).isTrue();
        assertThat(plan.get("versies").size()).isGreaterThanOrEqualTo(2);
        caseWorker.problem(caseWorker.get("/api/v1/sectorplannen/NERGENS"), 404);

        ApiSession adviser = new ApiSession(port);
        String csrf = adviser.signIn("accountmanager");
        String before = jdbc.queryForObject(EVERYTHING, String.class);
        JsonNode refused = adviser.problem(adviser.json("PUT", "/api/v1/sectorplannen/BOUW_TECHNIEK", """
                {"analyseTekst": "", "plaatsingenLokaal": -2, "sleutelaccounts": [999999999],
                 "projecten": [{"naam": "P", "partners": "ROC", "doel": "d", "van": "2026-05-01", "tot": "2026-04-01"}],
                 "monitoring": "Elk kwartaal"}""", csrf), 400);
        assertThat(refused.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("analyse", "lokaal", "regionaal", "sleutelaccounts", "projecten[0].tot");
        adviser.problem(adviser.json("PUT", "/api/v1/sectorplannen/ZORG_WELZIJN_SCHOONMAAK", """
                {"analyseTekst": "a", "plaatsingenLokaal": 1, "plaatsingenRegionaal": 1, "monitoring": "m"}""", csrf),
                403);
        adviser.problem(adviser.json("PUT", "/api/v1/sectorplannen/NERGENS", "{}", csrf), 404);
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);

        JsonNode wrongLead = adviser.problem(adviser.json("PUT", "/api/v1/sectoren/OVERHEID_ONDERWIJS", """
                {"trekker": "", "trekkerOrganisatie": "uwv", "adopterendeOrganisatie": "uwv"}""", csrf), 400);
        assertThat(wrongLead.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("trekker", "adopterendeOrganisatie");
        adviser.problem(adviser.json("PUT", "/api/v1/sectoren/ICT", """
                {"trekker": "Piet", "trekkerOrganisatie": "uwv"}""", csrf), 403);
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);
        JsonNode lead = adviser.ok(adviser.json("PUT", "/api/v1/sectoren/OVERHEID_ONDERWIJS", """
                {"trekker": "Sevda Kaya", "trekkerOrganisatie": "gemeente-lindeveen"}""", csrf));
        assertThat(lead.get("trekker").get("naam").asString()).isEqualTo("Sevda Kaya");
        assertThat(lead.get("adopterendeOrganisatie").get("id").asString()).isEqualTo("wsp-lindeveen");
        assertThat(plans.changes("OVERHEID_ONDERWIJS").getFirst().changedBy()).isEqualTo("accountmanager");

        long employer = jdbc.queryForObject("select min(id) from employer where sector = 'CONSTRUCTION'", Long.class);
        JsonNode saved = adviser.ok(adviser.json("PUT", "/api/v1/sectorplannen/BOUW_TECHNIEK", """
                {"analyseTekst": "De bouw zoekt vakmensen.", "plaatsingenLokaal": 31, "plaatsingenRegionaal": 56,
                 "sleutelaccounts": [%d], "projecten": [{"naam": "Leerwerkbanen", "partners": "ROC, WSP",
                 "doel": "20 plekken", "van": "2026-01-01", "tot": "2026-12-31"}], "monitoring": "Elk kwartaal"}"""
                .formatted(employer), csrf));
        assertThat(saved.get("versie").asInt()).isEqualTo(saved.get("versies").get(0).get("versie").asInt());
        assertThat(saved.get("opgeslagenDoor").asString()).isEqualTo("Fatima el Amrani");
        assertThat(saved.get("sleutelaccounts").get(0).get("werkgever").asLong()).isEqualTo(employer);
        assertThat(saved.get("projecten").get(0).get("tot").asString()).isEqualTo("2026-12-31");
    }

    @Test
    void theTargetsApiListsAYearAndAddsAndChangesForThePolicyAnalyst() throws Exception {
        ApiSession opleider = new ApiSession(port);
        opleider.signIn("opleider");
        int year = LocalDate.now().getYear();
        assertThat(opleider.ok(opleider.get("/api/v1/doelen?jaar=" + year)).size())
                .isEqualTo(targets.targetsFor(year).size()).isPositive();
        assertThat(opleider.problem(opleider.get("/api/v1/doelen?jaar=volgend"), 400).get("invalidParams").get(0)
                .get("name").asString()).isEqualTo("jaar");

        ApiSession policy = new ApiSession(port);
        String csrf = policy.signIn("beleidsmedewerker");
        String before = jdbc.queryForObject(EVERYTHING, String.class);
        JsonNode refused = policy.problem(policy.json("POST", "/api/v1/doelen", """
                {"jaar": 2040, "niveau": "ORGANISATION", "sleutel": "nergens", "soort": "PLACEMENTS", "aantal": 10,
                 "afgesprokenDoor": "", "afgesprokenOp": "2040-02-30"}""", csrf), 400);
        assertThat(refused.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("sleutel", "afgesprokenDoor", "afgesprokenOp");
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);
        JsonNode added = policy.created(policy.json("POST", "/api/v1/doelen", """
                {"jaar": 2040, "niveau": "ORGANISATION", "sleutel": "uwv", "soort": "OUTFLOW", "aantal": 40,
                 "afgesprokenDoor": "Kernteam", "afgesprokenOp": "2040-02-23", "notitie": "bovenop de eigen targets"}""",
                csrf));
        JsonNode changed = policy.ok(policy.json("PUT", "/api/v1/doelen/" + added.get("id").asLong(), """
                {"jaar": 2040, "niveau": "ORGANISATION", "sleutel": "uwv", "soort": "OUTFLOW", "aantal": 45,
                 "afgesprokenDoor": "Kernteam", "afgesprokenOp": "2040-02-23"}""", csrf));
        assertThat(changed.get("aantal").asInt()).isEqualTo(45);
        assertThat(changed.has("notitie") && !changed.get("notitie").isNull()).isFalse();
        policy.problem(policy.json("PUT", "/api/v1/doelen/987654321", "{}", csrf), 404);
        assertThat(targets.changesOf(added.get("id").asLong())).hasSize(2);
    }

    private static SectorPlanForm form(String analysis, String local, String regional,
                                       List<SectorPlanForm.Project> projects) {
        return new SectorPlanForm(analysis, local, regional, List.of(), projects, "Elk kwartaal in het Kernteam.");
    }

    private static SectorPlanForm.Project project(String name, String partners, String goal, String from, String to) {
        return new SectorPlanForm.Project(name, partners, goal, from, to);
    }

    private static CurrentUser user(String login, Role role, String organisation) {
        return new CurrentUser(login, "Iemand " + login, role, new Organisation(organisation, organisation));
    }

    private static void assertShownOrSuppressed(SectorAnalysis.Figure figure, long count) {
        if (count > 0 && count < 5) {
            assertThat(figure.suppressed()).isTrue();
        } else {
            assertThat(figure.count()).isEqualTo(count);
        }
    }

    private static Map<String, String> reasons(Runnable refused) {
        return RefusalReasons.of(refused);
    }
}
