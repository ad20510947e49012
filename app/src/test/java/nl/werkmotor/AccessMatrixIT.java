package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.werkmotor.demoregion.GenerateDemoRegionCommand;
import nl.werkmotor.demoregion.GeneratingDemoRegion;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.identity.Role;
import nl.werkmotor.monitoring.TellingFixture;
import nl.werkmotor.placements.PlacementFixture;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.RealEsco;

/**
 * The role × endpoint access matrix: every endpoint the application maps, called by every demo role
 * and by an anonymous visitor, must answer as {@link #ENDPOINTS} says; and every attempt in
 * {@link #ID_SWAPS} to reach someone else's data by changing an id must be refused.
 *
 * <p><b>Added an endpoint?</b> Add one line to {@link #ENDPOINTS}, e.g.
 * {@code endpoint("GET /mijn-profiel", only(WERKZOEKENDE))} or
 * {@code endpoint("POST /api/v1/vacatures/{id}/introducties", only(WERKGEVER, ACCOUNTMANAGER))}: the method
 * and the path exactly as mapped (the failure message of {@link #everyMappedEndpointHasARow()} prints it).
 * Path variables are filled with {@code 1} unless {@code .example("/...")} gives a request; a POST, PUT or
 * DELETE is sent only by the callers who must be refused. Who may:
 * {@link #PUBLIC}, {@link #SIGNED_IN}, {@link #PROFESSIONALS} or {@code only(...)}. A caller who may not gets
 * 401 problem+json (API, anonymous), a redirect to /login (page, anonymous) or 403 (signed in).
 * <b>Serves one person's, employer's or organisation's data?</b> Add a line to {@link #ID_SWAPS} too: a
 * caller and a request for data that is not theirs, which must be refused (403 or 404), e.g.
 * {@code swap(WERKZOEKENDE, "another person's profile", db -> "/api/v1/kandidaten/" + someoneElse(db))}, with
 * real ids of the small region the test generates ({@link #someoneElse}, {@link #demoJobSeeker},
 * {@link #anotherEmployersVacancy}).
 */
@WerkmotorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    static final Access PUBLIC = new Access(true, EnumSet.allOf(Role.class));
    static final Access SIGNED_IN = new Access(false, EnumSet.allOf(Role.class));
    /** The case workers and account managers of the partner organisations. */
    static final Access PROFESSIONALS = only(Role.KLANTMANAGER, Role.ACCOUNTMANAGER);
    /** The employer, and the WSP account managers who act for employers. */
    static final Access EMPLOYER_SIDE = only(Role.WERKGEVER, Role.ACCOUNTMANAGER);
    /** Who takes part in introductions: who asks (employer side), who decides (the person or their case worker). */
    /** Every professional of the region's partners, not the employers: the region's own lists (target groups). */
    static final Access REGION_PROFESSIONALS = only(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.OPLEIDER,
            Role.BELEIDSMEDEWERKER, Role.BEHEERDER);
    static final Access INTRODUCTIONS = only(Role.WERKGEVER, Role.ACCOUNTMANAGER, Role.WERKZOEKENDE, Role.KLANTMANAGER);

    /** Every professional role and the employer: who reads the Toolbox (issue 13). */
    static final Access TOOLBOX_READERS = only(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.WERKGEVER, Role.OPLEIDER,
            Role.BELEIDSMEDEWERKER, Role.BEHEERDER);

    /** Who writes stories of placements (issue 13, item 5): who knows the placement, and the beleidsmedewerker. */
    static final Access STORY_WRITERS = only(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER);

    static final List<Endpoint> ENDPOINTS = List.of(
            // web shell
            endpoint("GET /", PUBLIC),
            endpoint("GET /login", PUBLIC),
            endpoint("* /error", PUBLIC),
            endpoint("GET /api/v1/openapi.json", PUBLIC),
            endpoint("GET /api/v1/openapi.json.yaml", SIGNED_IN), // springdoc's YAML copy; the JSON one is published
            // taxonomy
            endpoint("GET /taxonomie", PUBLIC),
            endpoint("GET /beroepen/{id}", PUBLIC),
            endpoint("GET /vaardigheden/{id}", PUBLIC),
            endpoint("GET /api/v1/beroepen", PUBLIC),
            endpoint("GET /api/v1/beroepen/{id}", PUBLIC),
            endpoint("GET /api/v1/vaardigheden", PUBLIC),
            endpoint("GET /api/v1/vaardigheden/{id}", PUBLIC),
            endpoint("POST /api/v1/tekstherkenning", PUBLIC),
            // matching: questions about skills and occupations are public, about people for professionals
            endpoint("GET /api/v1/beroepssuggesties", PUBLIC),
            endpoint("GET /api/v1/beroepen/{id}/verwante-beroepen", PUBLIC),
            endpoint("GET /api/v1/vaardigheidskloven", PUBLIC),
            endpoint("GET /api/v1/vacatures/{id}/kandidaten", PROFESSIONALS),
            endpoint("GET /api/v1/kandidaten/{id}/vacatures", only(Role.KLANTMANAGER)),
            endpoint("GET /api/v1/kandidaten/{id}/vaardigheidskloven", only(Role.KLANTMANAGER))
                    .example("/api/v1/kandidaten/1/vaardigheidskloven?doelVacature=1"),
            // vacancies
            endpoint("GET /api/v1/vacatures", SIGNED_IN),
            // people: the person's own profile (no id in any path: it is always the signed-in person's)
            endpoint("GET /mijn-profiel", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/start", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/vaardigheden", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/vaardigheden/toevoegen", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/vaardigheden/verwijderen", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/vaardigheden/cv", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/wensen", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/wensen", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/zichtbaarheid", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/zichtbaarheid", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/suggesties", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/gegevens", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/gegevens/download", only(Role.WERKZOEKENDE)),
            endpoint("GET /mijn-profiel/verwijderen", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-profiel/verwijderen", only(Role.WERKZOEKENDE)), // without its confirmation: erases nothing
            endpoint("GET /api/v1/mijn-profiel", only(Role.WERKZOEKENDE)),
            endpoint("PUT /api/v1/mijn-profiel", only(Role.WERKZOEKENDE)),
            endpoint("GET /api/v1/mijn-profiel/export", only(Role.WERKZOEKENDE)),
            // processing log: the person's own records
            endpoint("GET /mijn-gegevens/verwerkingen", only(Role.WERKZOEKENDE)),
            endpoint("GET /api/v1/mijn-gegevens/verwerkingen", only(Role.WERKZOEKENDE)),
            // guidance: the case worker's own caseload
            endpoint("GET /caseload", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload", only(Role.KLANTMANAGER)), // the search: a name never in an address
            endpoint("GET /caseload/{id}", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/notities", only(Role.KLANTMANAGER)),
            endpoint("GET /caseload/{id}/intake", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/intake", only(Role.KLANTMANAGER)),
            endpoint("GET /caseload/{id}/vacatures", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/voorstellen", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/voorstellen/{proposal}/uitkomst", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/kennismakingen/{introduction}/besluit", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/kennismakingen/{introduction}/uitkomst", only(Role.KLANTMANAGER)),
            endpoint("GET /caseload/{id}/profiel", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/profiel/vaardigheden", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/profiel/wensen", only(Role.KLANTMANAGER)),
            endpoint("GET /api/v1/kandidaten", only(Role.KLANTMANAGER)),
            endpoint("POST /api/v1/kandidaten/_zoek", only(Role.KLANTMANAGER)), // the search with a name, in the body
            endpoint("GET /api/v1/kandidaten/{id}", only(Role.KLANTMANAGER)),
            endpoint("GET /api/v1/kandidaten/{id}/notities", only(Role.KLANTMANAGER)),
            endpoint("POST /api/v1/kandidaten/{id}/notities", only(Role.KLANTMANAGER)),
            // employer service: the account manager's portfolio
            endpoint("GET /portefeuille", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /portefeuille/{id}", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{id}/claim", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{id}/loslaten", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{id}/contactmomenten", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{id}/kenmerken", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /portefeuille/{id}/vacatures/{vacancy}/etalage", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{id}/vacatures/{vacancy}/etalage", only(Role.ACCOUNTMANAGER)),
            // the employer's vacancy intake, on the employer's behalf (the owning account manager only: see ID_SWAPS)
            endpoint("GET /portefeuille/{employer}/vacatures/nieuw", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{employer}/vacatures/nieuw", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /portefeuille/{employer}/vacatures/{id}", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{employer}/vacatures/{id}", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/{employer}/vacatures/{id}/intrekken", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /api/v1/portefeuille", only(Role.ACCOUNTMANAGER)),
            endpoint("PUT /api/v1/werkgevers/{id}/claim", only(Role.ACCOUNTMANAGER)),
            endpoint("DELETE /api/v1/werkgevers/{id}/claim", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /api/v1/werkgevers/{id}/contactmomenten", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /api/v1/werkgevers/{id}/contactmomenten", only(Role.ACCOUNTMANAGER)),
            // employers: the employer's own pages; their API also for account managers (each id checked)
            endpoint("GET /werkgever", only(Role.WERKGEVER)),
            endpoint("POST /werkgever", only(Role.WERKGEVER)),
            endpoint("GET /werkgever/vacatures", only(Role.WERKGEVER)),
            endpoint("GET /werkgever/vacatures/nieuw", only(Role.WERKGEVER)),
            endpoint("POST /werkgever/vacatures/nieuw", only(Role.WERKGEVER)),
            endpoint("GET /werkgever/vacatures/{id}", only(Role.WERKGEVER)),
            endpoint("POST /werkgever/vacatures/{id}", only(Role.WERKGEVER)),
            endpoint("POST /werkgever/vacatures/{id}/intrekken", only(Role.WERKGEVER)),
            endpoint("GET /api/v1/werkgevers/{id}", EMPLOYER_SIDE),
            endpoint("GET /api/v1/werkgevers/{id}/vacatures", EMPLOYER_SIDE),
            endpoint("POST /api/v1/werkgevers/{id}/vacatures", EMPLOYER_SIDE),
            endpoint("PUT /api/v1/werkgevers/{id}/vacatures/{vacatureId}", EMPLOYER_SIDE),
            endpoint("DELETE /api/v1/werkgevers/{id}/vacatures/{vacatureId}", EMPLOYER_SIDE),
            // showcase: the anonymous showcase of a vacancy, introductions (whose, checked per id)
            endpoint("GET /werkgever/vacatures/{id}/etalage", only(Role.WERKGEVER)),
            endpoint("POST /werkgever/vacatures/{id}/etalage", only(Role.WERKGEVER)),
            endpoint("GET /werkgever/introducties", only(Role.WERKGEVER)),
            endpoint("POST /werkgever/introducties/{id}/uitkomst", only(Role.WERKGEVER)),
            endpoint("GET /portefeuille/kennismakingen", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/kennismakingen/{id}/uitkomst", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /api/v1/vacatures/{id}/etalage", EMPLOYER_SIDE),
            endpoint("POST /api/v1/introducties", EMPLOYER_SIDE),
            endpoint("GET /api/v1/introducties", INTRODUCTIONS),
            endpoint("GET /api/v1/introducties/{id}", INTRODUCTIONS),
            endpoint("POST /api/v1/introducties/{id}/besluit", only(Role.WERKZOEKENDE, Role.KLANTMANAGER)),
            endpoint("PUT /api/v1/introducties/{id}/uitkomst", only(Role.WERKGEVER, Role.ACCOUNTMANAGER, Role.KLANTMANAGER)),
            endpoint("GET /mijn-introducties", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-introducties/{id}", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-introducties/{id}/contact", only(Role.WERKZOEKENDE)),
            endpoint("POST /mijn-introducties/wie-beslist", only(Role.WERKZOEKENDE)),
            // toolbox (issue 13): the catalogue for every professional role, editions for the beheerder, the evaluation
            // (no person in it) for beheerder and beleidsmedewerker, a candidate's instruments checked per id
            endpoint("GET /toolbox", TOOLBOX_READERS),
            endpoint("POST /toolbox/ontbrekend", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /toolbox/evaluatie", only(Role.BEHEERDER, Role.BELEIDSMEDEWERKER)),
            endpoint("GET /toolbox/edities", only(Role.BEHEERDER)),
            endpoint("POST /toolbox/edities", only(Role.BEHEERDER)),
            endpoint("GET /toolbox/edities/{id}", only(Role.BEHEERDER)),
            endpoint("POST /toolbox/edities/{id}/instrument", only(Role.BEHEERDER)),
            endpoint("POST /toolbox/edities/{id}/beoordelen", only(Role.BEHEERDER)),
            endpoint("POST /toolbox/edities/{id}/publiceren", only(Role.BEHEERDER)),
            endpoint("GET /api/v1/instrumenten", TOOLBOX_READERS).example("/api/v1/instrumenten?peildatum=2027-03-01"),
            endpoint("GET /api/v1/kandidaten/{id}/instrumenten", PROFESSIONALS)
                    .example("/api/v1/kandidaten/1/instrumenten?vacature=1"),
            endpoint("GET /caseload/{id}/instrumenten", only(Role.KLANTMANAGER)).example("/caseload/1/instrumenten?vacature=1"),
            endpoint("GET /portefeuille/kennismakingen/{id}/instrumenten", only(Role.ACCOUNTMANAGER)),
            // savings: the beleidsmedewerker's shared-savings calculator (aggregates only; 1 is the blueprint's example)
            endpoint("GET /besparingen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /besparingen/nieuw", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /besparingen/stap/{number}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /besparingen/stap/{number}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /besparingen/stap/6/regio", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /besparingen/opslaan", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /besparingen/{id}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /besparingen/{id}/afdrukken", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /besparingen/{id}/csv", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /besparingen/vergelijken", only(Role.BELEIDSMEDEWERKER)).example("/besparingen/vergelijken?a=1&b=1"),
            endpoint("POST /besparingen/{id}/kopie", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /besparingen/{id}/aanpassen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /api/v1/besparingsscenarios", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /api/v1/besparingsscenarios", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /api/v1/besparingsscenarios/{id}", only(Role.BELEIDSMEDEWERKER)),
            // issue 13, item 5: monitoring, suppressed aggregates for the beleidsmedewerker only
            endpoint("GET /monitoring", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/afdrukken", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/csv", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /api/v1/monitoring/plaatsingen", only(Role.BELEIDSMEDEWERKER))
                    .example("/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12&per=sector"),
            // issue 13, item 5: vacancies open more than 8 weeks with candidates (counts only); the account manager's own
            // employers' on the portfolio (which vacancies are theirs: OpenVacanciesIT)
            endpoint("GET /monitoring/openstaande-vacatures", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/openstaande-vacatures/csv", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /api/v1/monitoring/openstaande-vacatures", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /portefeuille/vacatures-lang-open", only(Role.ACCOUNTMANAGER)),
            // issue 13, item 5: tellen en vertellen. Stories written by the professionals who know a placement (their own
            // under /verhalen) and by the beleidsmedewerker (under /monitoring/verhalen, where they read the published
            // ones); each story checked per id (a writer's own drafts, see ID_SWAPS); steering advice per organisation
            endpoint("GET /verhalen", PROFESSIONALS),
            endpoint("GET /verhalen/nieuw", PROFESSIONALS),
            endpoint("POST /verhalen", PROFESSIONALS),
            endpoint("GET /verhalen/{id}", PROFESSIONALS),
            endpoint("POST /verhalen/{id}", PROFESSIONALS),
            endpoint("POST /verhalen/{id}/intrekken", PROFESSIONALS),
            endpoint("GET /monitoring/verhalen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/verhalen/nieuw", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /monitoring/verhalen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/verhalen/{id}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /monitoring/verhalen/{id}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /monitoring/verhalen/{id}/intrekken", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/bijsturing", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/bijsturing/nieuw", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /monitoring/bijsturing", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/bijsturing/{id}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /monitoring/bijsturing/{id}/wijzigen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /monitoring/bijsturing/{id}", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /api/v1/monitoring/verhalen", STORY_WRITERS),
            endpoint("POST /api/v1/monitoring/verhalen", STORY_WRITERS),
            endpoint("GET /api/v1/monitoring/verhalen/{id}", STORY_WRITERS),
            endpoint("DELETE /api/v1/monitoring/verhalen/{id}", STORY_WRITERS),
            endpoint("GET /api/v1/monitoring/bijsturingsadviezen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("POST /api/v1/monitoring/bijsturingsadviezen", only(Role.BELEIDSMEDEWERKER)),
            endpoint("GET /api/v1/monitoring/bijsturingsadviezen/{id}", only(Role.BELEIDSMEDEWERKER)),
            // issue 13, item 3: placements, recorded by the case worker or the owning account manager, read by them and
            // the person (each placement checked per id); every other role 403
            endpoint("GET /api/v1/plaatsingen", only(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.WERKZOEKENDE)),
            endpoint("GET /api/v1/plaatsingen/{id}", only(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.WERKZOEKENDE)),
            endpoint("POST /api/v1/plaatsingen", PROFESSIONALS),
            endpoint("PUT /api/v1/plaatsingen/{id}/stap", PROFESSIONALS),
            endpoint("POST /api/v1/plaatsingen/{id}/bevestiging", PROFESSIONALS),
            // their pages (issue 13, item 3): the case worker's under the caseload, the account manager's under the
            // portfolio, the person's own; each person, employer and placement checked per id (see ID_SWAPS)
            endpoint("GET /caseload/plaatsingen", only(Role.KLANTMANAGER)),
            endpoint("GET /caseload/{id}/plaatsingen", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/plaatsingen", only(Role.KLANTMANAGER)),
            endpoint("GET /caseload/{id}/plaatsingen/{placement}", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/plaatsingen/{placement}/stap", only(Role.KLANTMANAGER)),
            endpoint("POST /caseload/{id}/plaatsingen/{placement}/bevestiging", only(Role.KLANTMANAGER)),
            endpoint("GET /portefeuille/plaatsingen", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/plaatsingen", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /portefeuille/plaatsingen/{placement}", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/plaatsingen/{placement}/stap", only(Role.ACCOUNTMANAGER)),
            endpoint("POST /portefeuille/plaatsingen/{placement}/bevestiging", only(Role.ACCOUNTMANAGER)),
            endpoint("GET /mijn-plaatsingen", only(Role.WERKZOEKENDE)),
            // issue 13, item 1: target groups (people) and partners, read by the professionals, kept by the beheerder
            endpoint("POST /caseload/{id}/profiel/gegevens", only(Role.KLANTMANAGER)),
            endpoint("GET /api/v1/doelgroepen", REGION_PROFESSIONALS),
            endpoint("GET /api/v1/doelgroepen/{code}", REGION_PROFESSIONALS).example("/api/v1/doelgroepen/BIJSTAND"),
            endpoint("POST /api/v1/doelgroepen", only(Role.BEHEERDER)),
            endpoint("PUT /api/v1/doelgroepen/{code}", only(Role.BEHEERDER)).example("/api/v1/doelgroepen/BIJSTAND"),
            endpoint("GET /beheer/doelgroepen", only(Role.BEHEERDER)),
            endpoint("POST /beheer/doelgroepen", only(Role.BEHEERDER)),
            endpoint("GET /beheer/doelgroepen/{code}", only(Role.BEHEERDER)).example("/beheer/doelgroepen/BIJSTAND"),
            endpoint("POST /beheer/doelgroepen/{code}", only(Role.BEHEERDER)).example("/beheer/doelgroepen/BIJSTAND"),
            // partners (issue 13, item 1): the region's organisations, read by its professionals, kept by the beheerder
            endpoint("GET /api/v1/partners", REGION_PROFESSIONALS),
            endpoint("GET /api/v1/partners/{id}", REGION_PROFESSIONALS),
            endpoint("POST /api/v1/partners", only(Role.BEHEERDER)),
            endpoint("PUT /api/v1/partners/{id}", only(Role.BEHEERDER)),
            endpoint("GET /beheer/partners", only(Role.BEHEERDER)),
            endpoint("POST /beheer/partners", only(Role.BEHEERDER)),
            endpoint("GET /beheer/partners/nieuw", only(Role.BEHEERDER)),
            endpoint("GET /beheer/partners/{id}", only(Role.BEHEERDER)),
            endpoint("POST /beheer/partners/{id}", only(Role.BEHEERDER)),
            // issue 13, item 4: sector plans and targets, read by the region's professionals; a plan saved by the
            // adopting organisation's staff and the beheerder (the demo accountmanager's WSP adopted BOUW_TECHNIEK, the
            // demo beleidsmedewerker's organisation none: refused by the use case, see SAVING_REFUSED), targets set by
            // the beleidsmedewerker and beheerder
            endpoint("GET /sectorplannen", REGION_PROFESSIONALS),
            endpoint("GET /sectorplannen/{code}", REGION_PROFESSIONALS).example("/sectorplannen/BOUW_TECHNIEK"),
            endpoint("GET /sectorplannen/{code}/bewerken", only(Role.ACCOUNTMANAGER, Role.BEHEERDER))
                    .example("/sectorplannen/BOUW_TECHNIEK/bewerken"),
            endpoint("POST /sectorplannen/{code}/bewerken", only(Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER,
                    Role.BEHEERDER)).example("/sectorplannen/BOUW_TECHNIEK/bewerken"),
            endpoint("POST /sectorplannen/{code}/trekker", only(Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER,
                    Role.BEHEERDER)).example("/sectorplannen/BOUW_TECHNIEK/trekker"),
            endpoint("GET /doelen", REGION_PROFESSIONALS),
            endpoint("GET /doelen/nieuw", only(Role.BELEIDSMEDEWERKER, Role.BEHEERDER)),
            endpoint("POST /doelen", only(Role.BELEIDSMEDEWERKER, Role.BEHEERDER)),
            endpoint("GET /doelen/{id}", REGION_PROFESSIONALS),
            endpoint("POST /doelen/{id}", only(Role.BELEIDSMEDEWERKER, Role.BEHEERDER)),
            endpoint("GET /api/v1/sectoren", REGION_PROFESSIONALS),
            endpoint("PUT /api/v1/sectoren/{code}", only(Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER, Role.BEHEERDER))
                    .example("/api/v1/sectoren/BOUW_TECHNIEK"),
            endpoint("GET /api/v1/sectorplannen", REGION_PROFESSIONALS),
            endpoint("GET /api/v1/sectorplannen/{code}", REGION_PROFESSIONALS).example("/api/v1/sectorplannen/BOUW_TECHNIEK"),
            endpoint("PUT /api/v1/sectorplannen/{code}", only(Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER, Role.BEHEERDER))
                    .example("/api/v1/sectorplannen/BOUW_TECHNIEK"),
            endpoint("GET /api/v1/doelen", REGION_PROFESSIONALS),
            endpoint("POST /api/v1/doelen", only(Role.BELEIDSMEDEWERKER, Role.BEHEERDER)),
            endpoint("PUT /api/v1/doelen/{id}", only(Role.BELEIDSMEDEWERKER, Role.BEHEERDER)));

    /**
     * Saving a sector plan or naming its sectortrekker: the role may, but not for a sector another organisation
     * adopted (issue 13, item 4). Each must be refused with 403, and change nothing.
     */
    static final List<Refused> SAVING_REFUSED = List.of(
            new Refused(Role.ACCOUNTMANAGER, "PUT", "/api/v1/sectorplannen/ZORG_WELZIJN_SCHOONMAAK"),
            new Refused(Role.BELEIDSMEDEWERKER, "PUT", "/api/v1/sectorplannen/BOUW_TECHNIEK"),
            new Refused(Role.ACCOUNTMANAGER, "PUT", "/api/v1/sectoren/DETAILHANDEL"),
            new Refused(Role.BELEIDSMEDEWERKER, "PUT", "/api/v1/sectoren/BOUW_TECHNIEK"),
            new Refused(Role.ACCOUNTMANAGER, "GET", "/sectorplannen/ZORG_WELZIJN_SCHOONMAAK/bewerken"),
            new Refused(Role.BELEIDSMEDEWERKER, "GET", "/sectorplannen/BOUW_TECHNIEK/bewerken"),
            new Refused(Role.ACCOUNTMANAGER, "POST", "/sectorplannen/ICT/bewerken"),
            new Refused(Role.ACCOUNTMANAGER, "POST", "/sectorplannen/ICT/trekker"),
            new Refused(Role.BELEIDSMEDEWERKER, "POST", "/sectorplannen/BOUW_TECHNIEK/trekker"));

    static final List<IdSwap> ID_SWAPS = List.of(
            swap(Role.WERKZOEKENDE, "another person's fitting vacancies",
                    db -> "/api/v1/kandidaten/" + someoneElse(db) + "/vacatures"),
            swap(Role.WERKZOEKENDE, "another person's skill gaps",
                    db -> "/api/v1/kandidaten/" + someoneElse(db) + "/vaardigheidskloven?doelVacature="
                            + anotherEmployersVacancy(db)),
            swap(Role.WERKZOEKENDE, "the candidates for a vacancy",
                    db -> "/api/v1/vacatures/" + anotherEmployersVacancy(db) + "/kandidaten"),
            swap(Role.WERKGEVER, "the candidates for another employer's vacancy",
                    db -> "/api/v1/vacatures/" + anotherEmployersVacancy(db) + "/kandidaten"),
            swap(Role.WERKGEVER, "a person's fitting vacancies",
                    db -> "/api/v1/kandidaten/" + someoneElse(db) + "/vacatures"),
            swap(Role.OPLEIDER, "a person's fitting vacancies (another organisation's client)",
                    db -> "/api/v1/kandidaten/" + someoneElse(db) + "/vacatures"),
            swap(Role.BELEIDSMEDEWERKER, "a single person's data (aggregated figures only)",
                    db -> "/api/v1/kandidaten/" + demoJobSeeker(db) + "/vacatures"),
            swap(Role.WERKGEVER, "another employer's company profile",
                    db -> "/api/v1/werkgevers/" + anotherEmployer(db)),
            swap(Role.WERKGEVER, "another employer's vacancies",
                    db -> "/api/v1/werkgevers/" + anotherEmployer(db) + "/vacatures"),
            swap(Role.WERKGEVER, "the showcase of another employer's vacancy",
                    db -> "/api/v1/vacatures/" + anotherEmployersVacancy(db) + "/etalage"),
            swap(Role.WERKGEVER, "the page of another employer's vacancy",
                    db -> "/werkgever/vacatures/" + anotherEmployersVacancy(db)),
            swap(Role.WERKGEVER, "the showcase page of another employer's vacancy",
                    db -> "/werkgever/vacatures/" + anotherEmployersVacancy(db) + "/etalage"),
            swap(Role.KLANTMANAGER, "an employer's company profile (not an account manager)",
                    db -> "/api/v1/werkgevers/" + anotherEmployer(db)),
            swap(Role.KLANTMANAGER, "the fitting vacancies of a person in a colleague's caseload",
                    db -> "/api/v1/kandidaten/" + inAnotherCaseload(db) + "/vacatures"),
            swap(Role.KLANTMANAGER, "the skill gaps of a person in a colleague's caseload",
                    db -> "/api/v1/kandidaten/" + inAnotherCaseload(db) + "/vaardigheidskloven?doelVacature="
                            + anotherEmployersVacancy(db)),
            swap(Role.KLANTMANAGER, "a person in a colleague's caseload",
                    db -> "/api/v1/kandidaten/" + inAnotherCaseload(db)),
            swap(Role.KLANTMANAGER, "the notes about a person in a colleague's caseload",
                    db -> "/api/v1/kandidaten/" + inAnotherCaseload(db) + "/notities"),
            swap(Role.KLANTMANAGER, "the page of a person in a colleague's caseload",
                    db -> "/caseload/" + inAnotherCaseload(db)),
            swap(Role.ACCOUNTMANAGER, "a person's fitting vacancies (not their case worker)",
                    db -> "/api/v1/kandidaten/" + demoJobSeeker(db) + "/vacatures"),
            swap(Role.ACCOUNTMANAGER, "a person's file (a case worker's caseload)",
                    db -> "/api/v1/kandidaten/" + demoJobSeeker(db)),
            swap(Role.WERKGEVER, "the WSP's contact moments with another employer",
                    db -> "/api/v1/werkgevers/" + anotherEmployer(db) + "/contactmomenten"),
            swap(Role.ACCOUNTMANAGER, "the showcase of a vacancy of an employer they do not own",
                    db -> "/api/v1/vacatures/" + notTheirVacancy(db) + "/etalage"),
            swap(Role.ACCOUNTMANAGER, "the candidates for a vacancy of an employer they do not own",
                    db -> "/api/v1/vacatures/" + notTheirVacancy(db) + "/kandidaten"),
            swap(Role.ACCOUNTMANAGER, "the showcase page of a vacancy of an employer they do not own",
                    db -> "/portefeuille/" + employerOf(db, notTheirVacancy(db)) + "/vacatures/" + notTheirVacancy(db)
                            + "/etalage"),
            swap(Role.ACCOUNTMANAGER, "the vacancy intake of an employer they do not own",
                    db -> "/portefeuille/" + employerOf(db, notTheirVacancy(db)) + "/vacatures/nieuw"),
            swap(Role.ACCOUNTMANAGER, "a vacancy of an employer they do not own",
                    db -> "/portefeuille/" + employerOf(db, notTheirVacancy(db)) + "/vacatures/" + notTheirVacancy(db)),
            swap(Role.ACCOUNTMANAGER, "an introduction they asked, with its contact details, for an employer they released",
                    db -> "/api/v1/introducties/" + askedBeforeTheyReleased(db, employerOf(db, notTheirVacancy(db)))),
            swap(Role.ACCOUNTMANAGER, "the showcase of a vacancy of an employer they own, in another region",
                    db -> "/api/v1/vacatures/" + vacancyInAnotherRegionTheyOwn(db) + "/etalage"),
            swap(Role.ACCOUNTMANAGER, "the showcase page of a vacancy of an employer they own, in another region",
                    db -> "/portefeuille/" + employerOf(db, vacancyInAnotherRegionTheyOwn(db)) + "/vacatures/"
                            + vacancyInAnotherRegionTheyOwn(db) + "/etalage"),
            swap(Role.ACCOUNTMANAGER, "the vacancy intake of an employer they own, in another region",
                    db -> "/portefeuille/" + employerOf(db, vacancyInAnotherRegionTheyOwn(db)) + "/vacatures/nieuw"),
            swap(Role.ACCOUNTMANAGER, "an introduction they asked for an employer they own, in another region",
                    db -> "/api/v1/introducties/" + askedBeforeTheyReleased(db,
                            employerOf(db, vacancyInAnotherRegionTheyOwn(db)))),
            // toolbox (issue 13): a candidate's instruments reveal target groups and benefits
            swap(Role.KLANTMANAGER, "the instruments of a person in a colleague's caseload",
                    db -> "/api/v1/kandidaten/" + inAnotherCaseload(db) + "/instrumenten?vacature="
                            + anotherEmployersVacancy(db)),
            swap(Role.KLANTMANAGER, "the instruments page of a person in a colleague's caseload",
                    db -> "/caseload/" + inAnotherCaseload(db) + "/instrumenten?vacature=" + anotherEmployersVacancy(db)),
            swap(Role.ACCOUNTMANAGER, "the instruments of a person for a vacancy of an employer they do not own",
                    db -> "/api/v1/kandidaten/" + someoneElse(db) + "/instrumenten?vacature=" + notTheirVacancy(db)),
            swap(Role.ACCOUNTMANAGER, "the instruments of an introduction they asked, for an employer they released",
                    db -> "/portefeuille/kennismakingen/" + askedBeforeTheyReleased(db, employerOf(db, notTheirVacancy(db)))
                            + "/instrumenten"),
            swap(Role.WERKGEVER, "a person's instruments (an employer sees only offers after a yes)",
                    db -> "/api/v1/kandidaten/" + someoneElse(db) + "/instrumenten?vacature=" + anotherEmployersVacancy(db)),
            swap(Role.BELEIDSMEDEWERKER, "a person's instruments (aggregated figures only)",
                    db -> "/api/v1/kandidaten/" + demoJobSeeker(db) + "/instrumenten?vacature="
                            + anotherEmployersVacancy(db)),
            swap(Role.BELEIDSMEDEWERKER, "another organisation's shared-savings scenario",
                    db -> "/api/v1/besparingsscenarios/" + anotherOrganisationsScenario(db)),
            swap(Role.BELEIDSMEDEWERKER, "the page of another organisation's shared-savings scenario",
                    db -> "/besparingen/" + anotherOrganisationsScenario(db)),
            swap(Role.BELEIDSMEDEWERKER, "another organisation's shared-savings scenario as CSV",
                    db -> "/besparingen/" + anotherOrganisationsScenario(db) + "/csv"),
            swap(Role.BELEIDSMEDEWERKER, "another organisation's shared-savings scenario beside the example",
                    db -> "/besparingen/vergelijken?a=1&b=" + anotherOrganisationsScenario(db)),
            // issue 13, item 5: a story is its writer's until it is published; a steering advice its organisation's
            swap(Role.ACCOUNTMANAGER, "a case worker's draft story",
                    db -> "/verhalen/" + draftStoryOf(db, "klantmanager", "KLANTMANAGER")),
            swap(Role.KLANTMANAGER, "an account manager's draft story",
                    db -> "/verhalen/" + draftStoryOf(db, "accountmanager", "ACCOUNTMANAGER")),
            swap(Role.KLANTMANAGER, "another writer's story through the API",
                    db -> "/api/v1/monitoring/verhalen/" + draftStoryOf(db, "accountmanager", "ACCOUNTMANAGER")),
            swap(Role.BELEIDSMEDEWERKER, "a case worker's draft story (only published ones are shown)",
                    db -> "/monitoring/verhalen/" + draftStoryOf(db, "klantmanager", "KLANTMANAGER")),
            swap(Role.BELEIDSMEDEWERKER, "a case worker's draft story through the API",
                    db -> "/api/v1/monitoring/verhalen/" + draftStoryOf(db, "klantmanager", "KLANTMANAGER")),
            swap(Role.BELEIDSMEDEWERKER, "another organisation's steering advice",
                    db -> "/monitoring/bijsturing/" + anotherOrganisationsAdvice(db)),
            swap(Role.BELEIDSMEDEWERKER, "a new version of another organisation's steering advice",
                    db -> "/monitoring/bijsturing/" + anotherOrganisationsAdvice(db) + "/wijzigen"),
            swap(Role.BELEIDSMEDEWERKER, "another organisation's steering advice through the API",
                    db -> "/api/v1/monitoring/bijsturingsadviezen/" + anotherOrganisationsAdvice(db)),
            // placements' pages (issue 13, item 3): a placement names a person, their work and the instruments used
            swap(Role.KLANTMANAGER, "the placements page of a person in a colleague's caseload",
                    db -> "/caseload/" + inAnotherCaseload(db) + "/plaatsingen"),
            swap(Role.KLANTMANAGER, "the placement of a person in a colleague's caseload, under that person",
                    db -> "/caseload/" + inAnotherCaseload(db) + "/plaatsingen" + "/" + placementInAnotherCaseload(db)),
            swap(Role.KLANTMANAGER, "the placement of a person in a colleague's caseload, under their own client",
                    db -> "/caseload/" + demoJobSeeker(db) + "/plaatsingen/" + placementInAnotherCaseload(db)),
            swap(Role.KLANTMANAGER, "their own client's placement, under another client of their own",
                    db -> "/caseload/" + anotherOwnClient(db) + "/plaatsingen/" + placementOfTheirOwnClient(db)),
            swap(Role.ACCOUNTMANAGER, "a placement at an employer they do not own",
                    db -> "/portefeuille/plaatsingen/" + placementInAnotherCaseload(db)),
            swap(Role.ACCOUNTMANAGER, "the placements at an employer they do not own",
                    db -> "/portefeuille/plaatsingen?werkgever=" + employerOf(db, notTheirVacancy(db))),
            swap(Role.ACCOUNTMANAGER, "a placement at an employer they own, in another region",
                    db -> "/portefeuille/plaatsingen/" + PlacementFixture.atInterview(db, someoneElse(db),
                            employerOf(db, vacancyInAnotherRegionTheyOwn(db)))));

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;

    /** A session per caller: {@code null} is the anonymous visitor. */
    private final Map<Role, Caller> callers = new LinkedHashMap<>();

    /** A small region, so that an id names real data of someone else, not a row that does not exist. */
    @BeforeAll
    void generateARegion(@Autowired ImportingTaxonomy taxonomy, @Autowired ImportingPlaces places,
            @Autowired GeneratingDemoRegion region) {
        RealEsco.ensureImported(taxonomy, jdbc);
        RealPlaces.ensureImported(places, jdbc);
        region.generate(new GenerateDemoRegionCommand(300, 7, "AM22"));
    }

    @BeforeAll
    void signInEveryRole() throws Exception {
        ApiSession anonymous = new ApiSession(port);
        callers.put(null, new Caller(anonymous, anonymous.csrfToken()));
        for (Role role : Role.values()) {
            ApiSession session = new ApiSession(port);
            callers.put(role, new Caller(session, session.signIn(role.dutchName())));
        }
    }

    /** The placements the swaps wrote, which other tests' counts must not find. */
    @AfterAll
    void deleteTheSwapsPlacements() {
        PlacementFixture.deleteAll(jdbc);
    }

    @Test
    void everyMappedEndpointHasARow() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    mapped.add("* " + path);
                }
                methods.forEach(method -> mapped.add(method + " " + path));
            }
        });
        Set<String> listed = ENDPOINTS.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(difference(mapped, listed))
                .as("Endpoints without a row: add a line per endpoint to AccessMatrixIT.ENDPOINTS, e.g. %s",
                        difference(mapped, listed).stream().map(key -> "endpoint(\"" + key + "\", only(Role.…))")
                                .collect(Collectors.joining(", ")))
                .isEmpty();
        assertThat(difference(listed, mapped)).as("Rows in AccessMatrixIT.ENDPOINTS for endpoints that are not mapped")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        return ENDPOINTS.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> {
            List<String> wrong = new ArrayList<>();
            callers.forEach((role, caller) -> {
                Outcome expected = endpoint.expectedFor(role);
                if (expected == Outcome.ALLOWED && !endpoint.isSafe()) {
                    return; // a change by whoever may make it belongs in the module's tests: here it would alter the rows others read
                }
                HttpResponse<String> response = caller.call(endpoint.method(), endpoint.request());
                Outcome actual = Outcome.of(response, endpoint.isApi());
                if (actual != expected) {
                    wrong.add(name(role) + ": expected " + expected + ", got " + actual + " (" + response.statusCode()
                            + ")");
                }
            });
            assertThat(wrong).as(endpoint.method() + " " + endpoint.request()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> changingAnIdDoesNotRevealSomeoneElsesData() {
        return ID_SWAPS.stream().map(swap -> DynamicTest.dynamicTest(name(swap.who()) + ": " + swap.what(), () -> {
            String path = swap.request().apply(jdbc);
            HttpResponse<String> response = callers.get(swap.who()).call("GET", path);

            assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(403, 404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith(path.startsWith("/api/") ? "application/problem+json" : "text/html"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationsStaffDoesNotSaveItsSectorPlan() {
        return SAVING_REFUSED.stream().map(refused -> DynamicTest.dynamicTest(name(refused.who()) + ": "
                + refused.method() + " " + refused.path(), () -> {
            String before = jdbc.queryForObject("select count(*) || '/' || coalesce(max(id), 0) from sector_plan_version",
                    String.class) + jdbc.queryForObject("select count(*) from region_sector_change", String.class);
            HttpResponse<String> response = callers.get(refused.who()).call(refused.method(), refused.path());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            if (refused.path().startsWith("/api/")) {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
            assertThat(jdbc.queryForObject("select count(*) || '/' || coalesce(max(id), 0) from sector_plan_version",
                    String.class) + jdbc.queryForObject("select count(*) from region_sector_change", String.class))
                    .isEqualTo(before);
        }));
    }

    /** The candidates for any vacancy, as a case worker asks for them: only people of their own caseload. */
    @Test
    void aCaseWorkerAskingForAVacancysCandidatesGetsOnlyTheirOwnCaseload() {
        Set<Long> own = Set.copyOf(jdbc.queryForList("select person_id from caseload where case_worker = 'klantmanager'",
                Long.class));
        Caller caseWorker = callers.get(Role.KLANTMANAGER);
        List<Long> answered = new ArrayList<>();
        for (long vacancy : jdbc.queryForList("select id from vacancy order by id", Long.class)) {
            caseWorker.session().ok(caseWorker.call("GET", "/api/v1/vacatures/" + vacancy + "/kandidaten?pageSize=100"))
                    .forEach(candidate -> answered.add(candidate.get("id").asLong()));
        }

        assertThat(answered).isNotEmpty().allMatch(own::contains);
    }

    // ---- the vocabulary of the tables ----

    static Access only(Role... roles) {
        return new Access(false, EnumSet.copyOf(Arrays.asList(roles)));
    }

    static Endpoint endpoint(String key, Access access) {
        String[] methodAndPath = key.split(" ", 2);
        return new Endpoint(methodAndPath[0], methodAndPath[1], access, null);
    }

    static IdSwap swap(Role who, String what, Function<JdbcTemplate, String> request) {
        return new IdSwap(who, what, request);
    }

    /** A person who is none of the callers: not the demo job seeker, and visible to partners and employers. */
    static long someoneElse(JdbcTemplate db) {
        return db.queryForObject("""
                select id from person where account is null and visibility = 'EMPLOYERS_ANONYMOUS' order by id desc limit 1""",
                Long.class);
    }

    /** A person in the caseload of another case worker than the demo klantmanager. */
    static long inAnotherCaseload(JdbcTemplate db) {
        return db.queryForObject("select min(person_id) from caseload where case_worker <> 'klantmanager'", Long.class);
    }

    /** A vacancy of an employer other than the demo employer. */
    static long anotherEmployersVacancy(JdbcTemplate db) {
        return db.queryForObject("""
                select v.id from vacancy v join employer e on e.id = v.employer_id
                where e.organisation_id is null order by v.id limit 1""", Long.class);
    }

    /** A vacancy of an employer the demo account manager does not own (other tests may have claimed some). */
    static long notTheirVacancy(JdbcTemplate db) {
        return db.queryForObject("""
                select v.id from vacancy v join employer e on e.id = v.employer_id
                where e.organisation_id is null and not exists (select 1 from employer_owner o
                  where o.employer_id = e.id and o.account_manager = 'accountmanager') order by v.id limit 1""", Long.class);
    }

    /**
     * A vacancy of an employer the demo account manager owns (a claim from before the region was compared) whose
     * address lies in another arbeidsmarktregio: Amsterdam, in Groot Amsterdam (AM18).
     */
    static long vacancyInAnotherRegionTheyOwn(JdbcTemplate db) {
        long employer = db.queryForObject("""
                select max(e.id) from employer e join vacancy v on v.employer_id = e.id where e.organisation_id is null""",
                Long.class);
        db.update("update employer set postcode4 = '1011' where id = ?", employer);
        OwnershipFixture.ownedByTheDemoAccountManager(db, employer);
        return db.queryForObject("select min(id) from vacancy where employer_id = ?", Long.class, employer);
    }

    /** An introduction the demo account manager asked for this employer, said yes to with contact details. */
    static long askedBeforeTheyReleased(JdbcTemplate db, long employer) {
        long vacancy = db.queryForObject("select min(id) from vacancy where employer_id = ?", Long.class, employer);
        long person = someoneElse(db);
        db.update("""
                insert into introduction (vacancy_id, employer_id, person_id, candidate, message, status, requested_by,
                    requested_role, requested_name, requested_at, decided_by, decided_as, decided_at, contact_email)
                values (?, ?, ?, 'K-TEST', '', 'ACCEPTED', 'accountmanager', 'ACCOUNTMANAGER', 'Fatima el Amrani',
                    now(), 'test', 'PERSON', now(), 'klant@example.org')
                on conflict (vacancy_id, person_id) do nothing""", vacancy, employer, person);
        return db.queryForObject("select id from introduction where vacancy_id = ? and person_id = ?", Long.class,
                vacancy, person);
    }

    /** A placement of a person in another case worker's caseload, at an employer the account manager does not own. */
    static long placementInAnotherCaseload(JdbcTemplate db) {
        return PlacementFixture.atInterview(db, inAnotherCaseload(db), employerOf(db, notTheirVacancy(db)));
    }

    /** A placement of the demo job seeker, in the demo case worker's caseload. */
    static long placementOfTheirOwnClient(JdbcTemplate db) {
        return PlacementFixture.atInterview(db, demoJobSeeker(db), employerOf(db, notTheirVacancy(db)));
    }

    /** Another person in the demo case worker's caseload than the demo job seeker. */
    static long anotherOwnClient(JdbcTemplate db) {
        return db.queryForObject("select min(person_id) from caseload where case_worker = 'klantmanager' and person_id <> ?",
                Long.class, demoJobSeeker(db));
    }

    /** A shared-savings scenario of an organisation other than the demo beleidsmedewerker's. */
    static long anotherOrganisationsScenario(JdbcTemplate db) {
        return db.queryForObject("""
                insert into savings_scenario (organisation_id, organisation_name, name, problem, intervention,
                    null_alternative, horizon_years, benefit_payer, saved_by, saved_by_name)
                values ('gemeente-elders', 'Gemeente Elders', 'Hun scenario', 'p', 'i', 'n', 1, 'Gemeente', 'ander',
                    'Iemand Anders') returning id""", Long.class);
    }

    /** A draft story of this demo writer (login and role), which nobody else may read. */
    static long draftStoryOf(JdbcTemplate db, String writer, String role) {
        return TellingFixture.story(db, writer, role, "organisatie-" + writer, "DRAFT", YearMonth.of(2025, 1),
                YearMonth.of(2025, 3), "Concept van " + writer);
    }

    /** A steering advice of an organisation other than the demo beleidsmedewerker's. */
    static long anotherOrganisationsAdvice(JdbcTemplate db) {
        return TellingFixture.advice(db, "gemeente-elders", YearMonth.of(2025, 1), YearMonth.of(2025, 6));
    }

    static long employerOf(JdbcTemplate db, long vacancy) {
        return db.queryForObject("select employer_id from vacancy where id = ?", Long.class, vacancy);
    }

    /** An employer other than the demo employer. */
    static long anotherEmployer(JdbcTemplate db) {
        return db.queryForObject("select id from employer where organisation_id is null order by id limit 1", Long.class);
    }

    /** The demo job seeker's own person (account "werkzoekende"), for a professional's or an employer's swap. */
    static long demoJobSeeker(JdbcTemplate db) {
        return db.queryForObject("select id from person where account = 'werkzoekende'", Long.class);
    }

    /** Who may call an endpoint. */
    record Access(boolean anonymous, Set<Role> roles) {
    }

    /** One row of the matrix: an endpoint as mapped, and an example request to it. */
    record Endpoint(String method, String path, Access access, String example) {

        String key() {
            return method + " " + path;
        }

        Endpoint example(String request) {
            return new Endpoint(method, path, access, request);
        }

        String request() {
            return example != null ? example : path.replaceAll("\\{[^}]+}", "1");
        }

        boolean isApi() {
            return path.startsWith("/api/");
        }

        /** GET (or any method, for /error): reads only, so every caller may really send it. */
        boolean isSafe() {
            return "GET".equals(method) || "*".equals(method);
        }

        Outcome expectedFor(Role role) {
            if (role == null ? access.anonymous() : access.roles().contains(role)) {
                return Outcome.ALLOWED;
            }
            return role != null ? Outcome.FORBIDDEN : isApi() ? Outcome.UNAUTHORIZED : Outcome.TO_LOGIN;
        }
    }

    /** A request by a role that may make it in general, but not here. */
    record Refused(Role who, String method, String path) {
    }

    /** An attempt to reach data that is not the caller's by putting someone else's id in the path. */
    record IdSwap(Role who, String what, Function<JdbcTemplate, String> request) {
    }

    enum Outcome {
        ALLOWED, UNAUTHORIZED, FORBIDDEN, TO_LOGIN, OTHER;

        /** The API refuses with problem+json, a page sends an anonymous visitor to the login page. */
        static Outcome of(HttpResponse<String> response, boolean api) {
            int status = response.statusCode();
            boolean problem = response.headers().firstValue("Content-Type")
                    .filter(type -> type.startsWith("application/problem+json")).isPresent();
            if (status == 302 && response.headers().firstValue("Location").filter(l -> l.endsWith("/login")).isPresent()) {
                return TO_LOGIN;
            }
            if (status == 401 || status == 403) {
                return api && !problem ? OTHER : status == 401 ? UNAUTHORIZED : FORBIDDEN;
            }
            return ALLOWED;
        }
    }

    /** A signed-in (or anonymous) session with its CSRF token, so that a refusal is about access, not a missing token. */
    private record Caller(ApiSession session, String csrf) {

        HttpResponse<String> call(String method, String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(session.uri(path));
            if (!path.startsWith("/api/")) {
                request.header("Accept", "text/html"); // as a browser asks for a page
            }
            if ("*".equals(method) || "GET".equals(method)) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                        .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            }
            try {
                return session.send(request.build());
            } catch (Exception e) {
                throw new IllegalStateException(method + " " + path, e);
            }
        }
    }

    private static String name(Role role) {
        return role == null ? "anonymous" : role.dutchName();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
