package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.matching.FindingOpenVacancies;
import nl.werkmotor.matching.OpenVacancies;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.PersonChanged;
import nl.werkmotor.people.PersonRemoved;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.places.Region;
import nl.werkmotor.sectorplans.FindSectors;
import nl.werkmotor.sectorplans.RegionSector;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.VacancyChanged;
import nl.werkmotor.vacancies.VacancyRemoved;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;

/**
 * A small region of known counts, in an arbeidsmarktregio where no demo person lives (so only the people made here
 * can fit): job seekers at known distances with and without consent for the showcase, vacancies published longer
 * and shorter than eight weeks ago, one on the boundary, one withdrawn, one nobody can reach. Every count of the
 * API, the CSV, the page and the account manager's page is checked, with the suppression under 5 and the cap at 50.
 */
@WerkmotorTest
class OpenVacanciesIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    FindPlaces places;
    @Autowired
    DeploymentRegion deployment;
    @Autowired
    FindPeople people;
    @Autowired
    FindEmployers employers;
    @Autowired
    FindSectors sectors;
    @Autowired
    WithdrawingVacancy withdrawing;
    @Autowired
    FindingOpenVacancies finding;

    private final List<Long> persons = new ArrayList<>();
    private final List<Long> vacancies = new ArrayList<>();
    private List<String> skills;
    private String home;
    private Postcode4 near;
    private Postcode4 farther;
    private Postcode4 unreachable;
    private int bothRadius;
    private int nearRadius;
    private int noneRadius;
    private long ownEmployer;
    private long otherEmployer;
    private boolean ownedBefore;

    private long old1;
    private long old2;
    private long old3;
    private long far;
    private long young;
    private long boundary;
    private long dayAfter;
    private long closed;

    @BeforeEach
    void region(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
        skills = people.byId(1).orElseThrow().profile().skills().stream().map(SkillClaim::skillUri).toList();
        geography();
        ownEmployer = 1;
        ownedBefore = jdbc.queryForObject("select count(*) from employer_owner where employer_id = ?", Integer.class,
                ownEmployer) > 0;
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, ownEmployer);
        otherEmployer = jdbc.queryForObject("""
                select e.id from employer e where e.id <> ? and not exists (select 1 from employer_owner o
                    where o.employer_id = e.id and o.account_manager = 'accountmanager') order by e.id limit 1""",
                Long.class, ownEmployer);

        people(3, "EMPLOYERS_ANONYMOUS", bothRadius);   // reach both vacancy places
        people(4, "EMPLOYERS_ANONYMOUS", nearRadius);   // reach the near place only
        people(2, "EMPLOYERS_ANONYMOUS", noneRadius);   // consent, but neither place within their travel distance
        people(2, "PARTNERS", bothRadius);              // within reach, no consent for the showcase
        people(1, "PRIVATE", bothRadius);

        old1 = vacancy(ownEmployer, near, "OVIT oud dichtbij", weeksAgo(10));
        old2 = vacancy(ownEmployer, farther, "OVIT oud verder", weeksAgo(9));
        old3 = vacancy(otherEmployer, near, "OVIT oud andere werkgever", weeksAgo(12));
        far = vacancy(ownEmployer, unreachable, "OVIT oud onbereikbaar", weeksAgo(9));
        young = vacancy(ownEmployer, near, "OVIT jong", weeksAgo(3));
        boundary = vacancy(ownEmployer, near, "OVIT precies 8 weken",
                ZonedDateTime.now(AMSTERDAM).toLocalDate().minusWeeks(8).atTime(12, 0).atZone(AMSTERDAM));
        dayAfter = vacancy(ownEmployer, near, "OVIT 8 weken en een dag",
                ZonedDateTime.now(AMSTERDAM).toLocalDate().minusWeeks(8).minusDays(1).atTime(12, 0).atZone(AMSTERDAM));
        closed = vacancy(ownEmployer, near, "OVIT ingetrokken", weeksAgo(10));
        withdrawing.withdraw(new WithdrawVacancy(ownEmployer, closed));
    }

    @AfterEach
    void asBefore() {
        for (long id : vacancies) {
            jdbc.update("delete from vacancy_skill where vacancy_id = ?", id);
            jdbc.update("delete from vacancy where id = ?", id);
            events.publishEvent(new VacancyRemoved(id));
        }
        for (long id : persons) {
            jdbc.update("delete from person_skill where person_id = ?", id);
            jdbc.update("delete from person where id = ?", id);
            events.publishEvent(new PersonRemoved(id));
        }
        if (!ownedBefore) {
            jdbc.update("delete from employer_owner where employer_id = ?", ownEmployer);
        }
    }

    @Test
    void theApiCountsTheVacanciesOpenLongerThanEightWeeksAndThePeopleWhoFitThemSuppressingFewerThanFive()
            throws Exception {
        ApiSession analyst = new ApiSession(port);
        analyst.signIn("beleidsmedewerker");

        JsonNode answer = analyst.ok(analyst.get("/api/v1/monitoring/openstaande-vacatures"));

        Map<Long, JsonNode> listed = listed(answer);
        assertThat(listed).containsKeys(old1, old2, old3, far, dayAfter).doesNotContainKeys(young, boundary, closed);
        assertThat(count(listed.get(old1))).isEqualTo(7);  // 3 + 4 consenting within reach
        assertThat(count(listed.get(old3))).isEqualTo(7);
        assertThat(count(listed.get(dayAfter))).isEqualTo(7);
        assertThat(count(listed.get(far))).isZero();
        JsonNode three = listed.get(old2).get("kandidaten"); // 3 consenting reach it: fewer than 5
        assertThat(three.get("onderdrukt").asBoolean()).isTrue();
        assertThat(three.has("aantal")).isFalse();
        assertThat(listed.get(old1).get("wekenOpen").asLong()).isEqualTo(10);
        assertThat(listed.get(dayAfter).get("wekenOpen").asLong()).isEqualTo(8);
        assertThat(listed.get(old1).get("werkgever").asString())
                .isEqualTo(employers.byId(ownEmployer).orElseThrow().name());

        LocalDate cutoff = LocalDate.now(AMSTERDAM).minusWeeks(8);
        long direct = jdbc.queryForObject("select count(*) from vacancy where entered_at < ?", Long.class,
                Timestamp.from(cutoff.atStartOfDay(AMSTERDAM).toInstant()));
        assertThat(answer.get("vacatures").asLong()).isEqualTo(direct).isEqualTo(listed.size());
        assertThat(answer.get("gepubliceerdVoor").asString()).isEqualTo(cutoff.toString());

        Map<String, long[]> perMunicipality = new HashMap<>();
        Map<String, long[]> perSector = new HashMap<>();
        for (JsonNode v : answer.get("lijst")) {
            boolean candidates = v.get("kandidaten").get("onderdrukt").asBoolean() || count(v) > 0;
            add(perMunicipality, v.get("gemeente").asString(), candidates);
            add(perSector, v.get("sector").asString(), candidates);
        }
        String nearMunicipality = near.municipalityCode();
        assertThat(perMunicipality.get(nearMunicipality)[0]).as("old1, old3, dayAfter at least").isGreaterThanOrEqualTo(3);
        assertGroups(answer.get("perGemeente"), perMunicipality);
        assertGroups(answer.get("perSector"), perSector);
        assertThat(groupKeys(answer.get("perSector"))).contains(sectorOf(ownEmployer), sectorOf(otherEmployer));
        assertThat(answer.get("herkomst").get("bron").asString()).contains("vacancy (entered_at)", "matching");
        assertThat(answer.get("herkomst").get("hoeGeteld").asString()).contains("reisafstand",
                "minder dan 5", "50 of meer");
        assertThat(answer.toString()).doesNotContain("personId", "Persoon");
    }

    @Test
    void moreThanFiftyIsFiftyOrMoreAndTheCsvAndThePageSayTheSame() throws Exception {
        people(45, "EMPLOYERS_ANONYMOUS", bothRadius); // old1: 52, old2: 48
        ApiSession analyst = new ApiSession(port);
        analyst.signIn("beleidsmedewerker");

        Map<Long, JsonNode> listed = listed(analyst.ok(analyst.get("/api/v1/monitoring/openstaande-vacatures")));
        JsonNode capped = listed.get(old1).get("kandidaten");
        assertThat(capped.get("aantal").asInt()).isEqualTo(FindingOpenVacancies.CAP);
        assertThat(capped.get("ofMeer").asBoolean()).isTrue();
        assertThat(count(listed.get(old2))).isEqualTo(48);
        assertThat(listed.get(old2).get("kandidaten").get("ofMeer").asBoolean()).isFalse();

        String csv = analyst.get("/api/v1/monitoring/openstaande-vacatures?formaat=csv").body();
        assertThat(line(csv, old1)).endsWith(",50 of meer");
        assertThat(line(csv, old2)).endsWith(",48");
        assertThat(line(csv, far)).endsWith(",0");
        var byHeader = analyst.send(java.net.http.HttpRequest.newBuilder(
                analyst.uri("/api/v1/monitoring/openstaande-vacatures")).header("Accept", "text/csv").build());
        assertThat(byHeader.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(analyst.problem(analyst.get("/api/v1/monitoring/openstaande-vacatures?formaat=xml"), 400)
                .toString()).contains("formaat");

        String page = analyst.get("/monitoring/openstaande-vacatures").body();
        assertThat(page).contains("OVIT oud dichtbij", "50 of meer", "48", "Waar de cijfers vandaan komen")
                .doesNotContain("OVIT jong", "OVIT ingetrokken", "OVIT precies 8 weken");
        assertThat(analyst.get("/monitoring").body()).contains("/monitoring/openstaande-vacatures");
    }

    @Test
    void theSmallCountShowsAsFewerThanFiveOnThePageAndInTheCsv() throws Exception {
        ApiSession analyst = new ApiSession(port);
        analyst.signIn("beleidsmedewerker");

        assertThat(line(analyst.get("/monitoring/openstaande-vacatures/csv").body(), old2)).endsWith(",onderdrukt");
        String page = analyst.get("/monitoring/openstaande-vacatures").body();
        String row = page.substring(page.indexOf("OVIT oud verder"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("minder dan 5").doesNotContain(">3<");
        String en = analyst.get("/monitoring/openstaande-vacatures?lang=en").body();
        assertThat(en).contains("fewer than 5");
    }

    @Test
    void theAccountManagerSeesTheVacanciesOfTheirOwnEmployersWithCandidatesLinkingToTheShowcase() throws Exception {
        ApiSession adviser = new ApiSession(port);
        adviser.signIn("accountmanager");

        String page = adviser.get("/portefeuille/vacatures-lang-open").body();

        assertThat(page).contains("/portefeuille/" + ownEmployer + "/vacatures/" + old1 + "/etalage",
                "/portefeuille/" + ownEmployer + "/vacatures/" + old2 + "/etalage", "minder dan 5");
        assertThat(page).doesNotContain("OVIT oud andere werkgever", "OVIT oud onbereikbaar", "OVIT jong",
                "OVIT ingetrokken", "/vacatures/" + old3 + "/");
        assertThat(adviser.get("/portefeuille").body()).contains("/portefeuille/vacatures-lang-open");
        assertThat(adviser.get("/portefeuille/" + ownEmployer + "/vacatures/" + old1 + "/etalage").statusCode())
                .as("the link leads to the showcase it names").isEqualTo(200);
    }

    /** How long the count takes for every vacancy of the small demo region made old (docs/performance.md). */
    @Test
    void theCountOfEveryVacancyOfTheDemoRegionTakesWellUnderASecond() {
        List<Long> demo = jdbc.queryForList("select id from vacancy where entered_at is null", Long.class);
        jdbc.update("update vacancy set entered_at = now() - interval '9 weeks' where entered_at is null");
        try {
            finding.openLongerThanEightWeeks(); // warm
            long best = Long.MAX_VALUE;
            int counted = 0;
            for (int i = 0; i < 5; i++) {
                OpenVacancies open = finding.openLongerThanEightWeeks();
                best = Math.min(best, open.tookMillis());
                counted = open.vacancies().size();
            }
            System.out.printf("open vacancies counted: %d vacancies, %d people, best of 5: %d ms%n", counted,
                    people.count(), best);
            assertThat(counted).isGreaterThanOrEqualTo(demo.size());
            assertThat(best).isLessThan(2_000);
        } finally {
            jdbc.update("update vacancy set entered_at = null where id = any(?)", (Object) demo.toArray(Long[]::new));
        }
    }

    // ---- the region ----------------------------------------------------------------------------------------

    /** A home municipality outside the deployment region and three places at growing distances from its centre. */
    private void geography() {
        for (Region region : places.regions()) {
            if (region.code().equals(deployment.code())) {
                continue;
            }
            List<Postcode4> postcodes = places.postcodesIn(region.code());
            for (Municipality m : places.municipalitiesIn(region.code())) {
                Optional<Postcode4> own = postcodes.stream().filter(p -> p.municipalityCode().equals(m.code()))
                        .findFirst();
                if (own.isEmpty()) {
                    continue;
                }
                List<Postcode4> byDistance = postcodes.stream().sorted(Comparator.comparingDouble(m::distanceKm))
                        .toList();
                Postcode4 a = byDistance.stream().filter(p -> m.distanceKm(p) >= 8 && m.distanceKm(p) <= 15)
                        .findFirst().orElse(null);
                if (a == null) {
                    continue;
                }
                double d1 = m.distanceKm(a);
                Postcode4 b = byDistance.stream().filter(p -> m.distanceKm(p) >= d1 + 6 && m.distanceKm(p) <= d1 + 15)
                        .findFirst().orElse(null);
                if (b == null) {
                    continue;
                }
                double d2 = m.distanceKm(b);
                Postcode4 c = byDistance.getLast();
                if (m.distanceKm(c) < d2 + 8) {
                    continue;
                }
                home = own.get().code();
                near = a;
                farther = b;
                unreachable = c;
                nearRadius = (int) Math.ceil(d1) + 2;
                bothRadius = (int) Math.ceil(d2) + 2;
                noneRadius = (int) Math.floor(d1) - 3;
                return;
            }
        }
        throw new IllegalStateException("no region with places at the distances the test needs");
    }

    private void people(int count, String visibility, int radius) {
        for (int i = 0; i < count; i++) {
            long id = jdbc.queryForObject("""
                    insert into person (kind, first_name, last_name, birth_year, postcode4, benefit, min_hours,
                        max_hours, travel_radius_km, motivation, availability, visibility)
                    values ('JOB_SEEKER', 'Test', 'Persoon', 1990, ?, 'NONE', 8, 40, ?, 'HIGH', 'NOW', ?)
                    returning id""", Long.class, home, radius, visibility);
            for (String skill : skills) {
                jdbc.update("insert into person_skill (person_id, skill_uri, evidence) values (?, ?, 'SELF_DECLARED')",
                        id, skill);
            }
            persons.add(id);
            events.publishEvent(new PersonChanged(id));
        }
    }

    private long vacancy(long employer, Postcode4 where, String title, ZonedDateTime entered) {
        long id = jdbc.queryForObject("""
                insert into vacancy (employer_id, occupation_uri, title, min_hours, max_hours, postcode4, entered_by,
                    entered_by_name, entered_as, entered_at)
                values (?, ?, ?, 24, 32, ?, 'werkgever', 'Mehmet Yildiz', 'EMPLOYER', ?) returning id""", Long.class,
                employer, BUS_DRIVER, title, where.code(), Timestamp.from(entered.toInstant()));
        for (String skill : skills) {
            jdbc.update("insert into vacancy_skill (vacancy_id, skill_uri, importance) values (?, ?, 'ESSENTIAL')",
                    id, skill);
        }
        vacancies.add(id);
        events.publishEvent(new VacancyChanged(id));
        return id;
    }

    private static ZonedDateTime weeksAgo(int weeks) {
        return ZonedDateTime.now(AMSTERDAM).minusWeeks(weeks).minusHours(1);
    }

    // ---- reading the answer ---------------------------------------------------------------------------------

    private static Map<Long, JsonNode> listed(JsonNode answer) {
        Map<Long, JsonNode> listed = new HashMap<>();
        answer.get("lijst").forEach(v -> listed.put(v.get("id").asLong(), v));
        return listed;
    }

    private static int count(JsonNode vacancy) {
        JsonNode k = vacancy.get("kandidaten");
        assertThat(k.get("onderdrukt").asBoolean()).as(vacancy.toString()).isFalse();
        return k.get("aantal").asInt();
    }

    private static void add(Map<String, long[]> groups, String key, boolean candidates) {
        long[] c = groups.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        if (candidates) {
            c[1]++;
        }
    }

    private static void assertGroups(JsonNode groups, Map<String, long[]> expected) {
        assertThat(groupKeys(groups)).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (JsonNode g : groups) {
            long[] c = expected.get(g.get("sleutel").asString());
            assertThat(g.get("vacatures").asLong()).as(g.toString()).isEqualTo(c[0]);
            assertThat(g.get("metKandidaten").asLong()).as(g.toString()).isEqualTo(c[1]);
        }
    }

    private static List<String> groupKeys(JsonNode groups) {
        return groups.valueStream().map(g -> g.get("sleutel").asString()).toList();
    }

    private String sectorOf(long employer) {
        return employers.byId(employer).map(e -> sectors.sectorOf(e.sector()).map(RegionSector::code)
                .orElse(OpenVacanciesReport.NO_SECTOR)).orElseThrow();
    }

    private static String line(String csv, long vacancy) {
        return csv.lines().filter(l -> l.startsWith(vacancy + ",")).findFirst().orElseThrow();
    }
}
