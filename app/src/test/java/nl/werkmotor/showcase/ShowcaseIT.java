package nl.werkmotor.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.matching.MatchResult;
import nl.werkmotor.matching.MatchingPeopleAndWork;
import nl.werkmotor.people.Availability;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.showcase.internal.Pseudonyms;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.PublishVacancy;
import nl.werkmotor.vacancies.PublishingVacancy;
import nl.werkmotor.vacancies.Importance;
import nl.werkmotor.vacancies.SkillRequirement;
import nl.werkmotor.vacancies.VacancyDescription;
import nl.werkmotor.vacancies.VacancyFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent first, through the API as an employer would try it: only people who chose to be seen by employers
 * show, never with who they are; ids of other employers, other vacancies and other people lead nowhere; the
 * name and contact details show only after the person (or by their choice their case worker) says yes.
 */
@WerkmotorTest
class ShowcaseIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;
    private static final long SANNE = 1;
    private static final Set<String> CANDIDATE_KEYS = Set.of("candidate", "fit", "has", "hasSimilar", "missing",
            "hours", "distance", "start", "introduction");
    /** A skill as the showcase names it: the vacancy's requirement, never the candidate's own claim close to it. */
    private static final Set<String> SKILL_KEYS = Set.of("uri", "label", "importance");

    @LocalServerPort
    int port;
    @Autowired
    FindPeople people;
    @Autowired
    PublishingVacancy publishing;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    MatchingPeopleAndWork matching;
    @Autowired
    FindProcessingRecords processingLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<FindGuidedPeople> guided;

    private ApiSession employer;
    private String employerCsrf;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        employer = new ApiSession(port);
        employerCsrf = employer.signIn("werkgever");
    }

    @Test
    void onlyPeopleWhoChoseToBeSeenByEmployersShowAndNeverWhoTheyAre() throws Exception {
        for (Visibility visibility : Visibility.values()) {
            Person fitting = someoneWho(visibility);
            long vacancy = vacancyFor(fitting, 1);
            Map<String, Person> byPseudonym = everyonesPseudonym(vacancy);

            HttpResponse<String> response = employer.get("/api/v1/vacatures/" + vacancy + "/etalage");
            JsonNode showcase = employer.ok(response);

            List<Person> shown = showcase.get("candidates").valueStream()
                    .map(c -> byPseudonym.get(c.get("candidate").asString())).toList();
            assertThat(shown).as("every candidate is someone of the region").doesNotContainNull()
                    .allSatisfy(p -> assertThat(p.profile().preferences().visibility())
                            .isEqualTo(Visibility.EMPLOYERS_ANONYMOUS));
            assertThat(shown.contains(fitting)).as("the person the vacancy is cut out for, who chose " + visibility)
                    .isEqualTo(visibility == Visibility.EMPLOYERS_ANONYMOUS);
            List<String> partners = matching.candidatesFor(vacancy, everyone -> true, Language.NL, 100).stream().map(MatchResult::id).toList();
            if (visibility == Visibility.PARTNERS) {
                assertThat(partners).as("partners do find them: consent, not fit, keeps them out")
                        .contains(Long.toString(fitting.id()));
            }
            showcase.get("candidates").forEach(c -> {
                assertThat(c.propertyNames()).containsExactlyInAnyOrderElementsOf(CANDIDATE_KEYS);
                for (String list : List.of("has", "hasSimilar", "missing")) {
                    c.get(list).forEach(skill -> assertThat(skill.propertyNames())
                            .containsExactlyInAnyOrderElementsOf(SKILL_KEYS));
                }
            });
            for (Person p : shown) {
                assertThat(response.body()).doesNotContain(p.firstName(), p.lastName(), "\"" + p.postcode4() + "\"",
                        "benefit", "targetGroup", "BIJSTAND", "WAJONG", "BANENAFSPRAAK", "birthYear");
            }
            assertThat(response.body()).doesNotContain("\"id\"");
        }
    }

    @Test
    void aConsentWithdrawnCountsAtOnceEvenBeforeTheIndexHearsOfIt() throws Exception {
        Person sanne = people.byId(SANNE).orElseThrow();
        long vacancy = vacancyFor(sanne, 1);
        String pseudonym = pseudonyms.of(vacancy, SANNE);
        assertThat(employer.ok(employer.get("/api/v1/vacatures/" + vacancy + "/etalage")).toString()).contains(pseudonym);

        jdbc.update("update person set visibility = 'PARTNERS' where id = ?", SANNE); // no event: the index still has her
        try {
            assertThat(employer.ok(employer.get("/api/v1/vacatures/" + vacancy + "/etalage")).toString())
                    .doesNotContain(pseudonym);
            employer.problem(propose(employer, employerCsrf, vacancy, pseudonym), 400);
        } finally {
            jdbc.update("update person set visibility = 'EMPLOYERS_ANONYMOUS' where id = ?", SANNE);
        }
    }

    @Test
    void swappedIdsLeadNowhere() throws Exception {
        Person sanne = people.byId(SANNE).orElseThrow();
        long own = vacancyFor(sanne, 1);
        long others = vacancyFor(sanne, 2);

        employer.problem(employer.get("/api/v1/vacatures/" + others + "/etalage"), 404);
        employer.problem(employer.get("/api/v1/vacatures/999999999/etalage"), 404);
        assertThat(employer.get("/werkgever/vacatures/" + others + "/etalage").statusCode()).isEqualTo(404);
        employer.problem(propose(employer, employerCsrf, others, pseudonyms.of(others, SANNE)), 404);
        JsonNode otherVacancysName = employer.problem(propose(employer, employerCsrf, own, pseudonyms.of(others, SANNE)), 400);
        assertThat(otherVacancysName.toString()).contains("staat niet in de etalage");
        Person hidden = someoneWho(Visibility.PRIVATE);
        employer.problem(propose(employer, employerCsrf, own, pseudonyms.of(own, hidden.id())), 400);
        employer.problem(propose(employer, employerCsrf, own, "K-2222222222"), 400);
        employer.problem(propose(employer, employerCsrf, own, Long.toString(SANNE)), 400);
        assertThat(jdbc.queryForObject("select count(*) from introduction where vacancy_id in (?, ?)", Long.class,
                own, others)).isZero();

        ApiSession person = new ApiSession(port);
        person.signIn("werkzoekende");
        person.problem(person.get("/api/v1/vacatures/" + own + "/etalage"), 403);
        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        caseWorker.problem(caseWorker.get("/api/v1/vacatures/" + own + "/etalage"), 403);
    }

    @Test
    void theNameShowsOnlyAfterThePersonSaysYes() throws Exception {
        Person sanne = people.byId(SANNE).orElseThrow();
        long vacancy = vacancyFor(sanne, 1);
        String pseudonym = pseudonyms.of(vacancy, SANNE);

        HttpResponse<String> asked = propose(employer, employerCsrf, vacancy, pseudonym);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        JsonNode introduction = JSON.readTree(asked.body());
        long id = introduction.get("id").asLong();
        assertThat(introduction.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(introduction.get("contact").isNull()).isTrue();
        assertThat(JSON.readTree(propose(employer, employerCsrf, vacancy, pseudonym).body()).get("id").asLong())
                .as("asking twice is the same introduction").isEqualTo(id);
        assertThat(employer.get("/api/v1/introducties/" + id).body()).doesNotContain(sanne.firstName(), sanne.lastName());

        ApiSession person = new ApiSession(port);
        String personCsrf = person.signIn("werkzoekende");
        JsonNode mine = person.ok(person.get("/api/v1/introducties"));
        assertThat(mine.valueStream().map(i -> i.get("id").asLong())).contains(id);
        assertThat(mine.toString()).contains("Bouwbedrijf De Vaste Hand B.V.");

        // an employer never decides: refused by role
        employer.problem(decide(employer, employerCsrf, id, "{\"accept\": true, \"email\": \"x@example.org\"}"), 403);
        ApiSession caseWorker = new ApiSession(port);
        String caseWorkerCsrf = caseWorker.signIn("klantmanager");
        if (guided.getIfAvailable() != null) { // her case worker sees it; she did not let them decide
            assertThat(caseWorker.ok(caseWorker.get("/api/v1/introducties/" + id)).get("contact").isNull()).isTrue();
            assertThat(caseWorker.problem(decide(caseWorker, caseWorkerCsrf, id,
                    "{\"accept\": true, \"phone\": \"0612345678\"}"), 400).toString()).contains("beslist zelf");
        }

        JsonNode noContact = person.problem(decide(person, personCsrf, id, "{\"accept\": true}"), 400);
        assertThat(noContact.toString()).contains("Vul een e-mailadres of telefoonnummer in");
        assertThat(employer.ok(employer.get("/api/v1/introducties/" + id)).get("status").asString()).isEqualTo("REQUESTED");

        JsonNode yes = person.ok(decide(person, personCsrf, id, "{\"accept\": true, \"email\": \"sanne@example.org\"}"));
        assertThat(yes.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(yes.get("decidedBy").asString()).isEqualTo("person");
        person.problem(decide(person, personCsrf, id, "{\"accept\": false}"), 400);

        JsonNode seen = employer.ok(employer.get("/api/v1/introducties/" + id));
        assertThat(seen.get("contact").get("name").asString()).isEqualTo("Sanne Bakker");
        assertThat(seen.get("contact").get("email").asString()).isEqualTo("sanne@example.org");
        assertThat(employer.get("/werkgever/introducties").body()).contains("Sanne Bakker", "sanne@example.org");

        List<ProcessingRecord> log = processingLog.aboutPerson(SANNE, 1, 100);
        assertThat(log).anySatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(ProcessingPurpose.SHOWCASE);
            assertThat(r.operation()).isEqualTo(Operation.CREATE);
            assertThat(r.actor().username()).isEqualTo("werkgever");
        });
        assertThat(log).anySatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(ProcessingPurpose.INTRODUCTION);
            assertThat(r.operation()).isEqualTo(Operation.READ);
            assertThat(r.actor().username()).isEqualTo("werkgever");
        });
    }

    /** Issue 12 item 8: nothing exact that links one candidate across an employer's vacancies. */
    @Test
    void theShowcaseShowsBandsAndTheVacancysRequirementsNeverTheCandidatesOwnSkillLabels() throws Exception {
        Person sanne = people.byId(SANNE).orElseThrow();
        Set<String> claims = Set.copyOf(sanne.profile().skills().stream().map(c -> c.skillUri()).toList());
        String[] hers = claims.toArray(String[]::new);
        // a skill next to one of hers that she does not claim, and that few claim exactly (so that she shows)
        String related = jdbc.queryForList("""
                select close.uri from (
                    select related_skill_uri as uri from skill_relation where skill_uri = any(?) union
                    select skill_uri from skill_relation where related_skill_uri = any(?) union
                    select broader_uri from broader_relation where concept_uri = any(?)
                        and concept_kind = 'KnowledgeSkillCompetence' and broader_kind = 'KnowledgeSkillCompetence'
                ) close where close.uri <> all(?)
                order by (select count(*) from person_skill p where p.skill_uri = close.uri), close.uri""",
                String.class, hers, hers, hers, hers).getFirst();
        VacancyDescription cut = VacancyFixture.cutOutFor(sanne, BUS_DRIVER);
        long close = publishing.publish(new PublishVacancy(1, new VacancyDescription("Iets ernaast", "", BUS_DRIVER,
                List.of(new SkillRequirement(related, Importance.ESSENTIAL)), cut.minHours(), cut.maxHours(),
                cut.postcode4(), false), VacancyFixture.EMPLOYER)).id();

        HttpResponse<String> response = employer.get("/api/v1/vacatures/" + close + "/etalage");
        JsonNode her = candidate(employer.ok(response), pseudonyms.of(close, SANNE));

        assertThat(her.get("hasSimilar").valueStream().map(skill -> skill.get("uri").asString()))
                .as("the vacancy's own requirement she has something close to").containsExactly(related);
        for (String own : claims) {
            assertThat(response.body()).as("her own skill, which the vacancy does not ask").doesNotContain(own);
        }
        assertThat(her.get("fit").asString()).isIn("MOST", "HALF", "SOME");
        assertThat(her.get("start").asString()).isIn("WITHIN_A_MONTH", "WITHIN_THREE_MONTHS");
        assertThat(her.get("hours").get("from").asInt()).isIn(0, 16, 24, 32);

        long same = vacancyFor(sanne, 1);
        JsonNode again = candidate(employer.ok(employer.get("/api/v1/vacatures/" + same + "/etalage")),
                pseudonyms.of(same, SANNE));
        assertThat(again.get("fit").asString()).as("everything she claims: the top band").isEqualTo("MOST");
        assertThat(again.get("hours")).isEqualTo(her.get("hours"));
    }

    /** Issue 12 item 9: an employer's reading of an introduction not said yes to is in the person's log too. */
    @Test
    void anEmployersReadingOfAnIntroductionNotSaidYesToIsWrittenToThePersonsProcessingLog() throws Exception {
        long asked = IntroductionFixture.requested(jdbc, SANNE, 1);
        long declined = IntroductionFixture.requested(jdbc, SANNE, 1);
        jdbc.update("update introduction set status = 'DECLINED', decided_at = now() where id = ?", declined);

        assertThat(employer.ok(employer.get("/api/v1/introducties/" + asked)).get("contact").isNull()).isTrue();
        assertThat(processingLog.aboutPerson(SANNE, 1, 1)).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo(Operation.READ);
            assertThat(r.purpose()).isEqualTo(ProcessingPurpose.SHOWCASE);
            assertThat(r.actor().username()).isEqualTo("werkgever");
            assertThat(r.name().nl()).isEqualTo("De vraag van Bouwbedrijf De Vaste Hand B.V. om kennis met u te maken"
                    + " is bekeken, zonder uw naam.");
            assertThat(r.name().en()).isEqualTo("The request of Bouwbedrijf De Vaste Hand B.V. to meet you was viewed,"
                    + " without your name.");
        });
        employer.ok(employer.get("/api/v1/introducties/" + declined));
        assertThat(processingLog.aboutPerson(SANNE, 1, 1)).singleElement().satisfies(r ->
                assertThat(r.name().nl()).startsWith("Uw nee op de vraag van Bouwbedrijf De Vaste Hand B.V."));

        long before = introductionReadsBy("werkgever");
        assertThat(employer.get("/werkgever/introducties").statusCode()).isEqualTo(200);
        assertThat(introductionReadsBy("werkgever") - before).as("one record for each introduction on the page")
                .isEqualTo(jdbc.queryForObject("select count(*) from introduction where employer_id = 1", Long.class));
    }

    /**
     * Reads of the introductions themselves: a yes whose contact the employer sees (left by another test) also has
     * its Toolbox evaluation logged, a record of its own.
     */
    private long introductionReadsBy(String actor) {
        return jdbc.queryForObject("select count(*) from processing_record where actor_username = ? and operation = 'READ'"
                + " and name not like 'Welke regelingen%'", Long.class, actor);
    }

    private static JsonNode candidate(JsonNode showcase, String pseudonym) {
        return showcase.get("candidates").valueStream().filter(c -> c.get("candidate").asString().equals(pseudonym))
                .findFirst().orElseThrow(() -> new AssertionError(pseudonym + " is not in " + showcase));
    }

    @Test
    void anAdviserProposesAndOnlyACaseWorkerWhoGuidesThePersonMayDecideWhenThePersonChoseSo() throws Exception {
        Person sanne = people.byId(SANNE).orElseThrow();
        long vacancy = vacancyFor(sanne, 2);
        ApiSession adviser = new ApiSession(port);
        String adviserCsrf = adviser.signIn("accountmanager");
        jdbc.update("delete from employer_owner where employer_id = 2");
        adviser.problem(adviser.get("/api/v1/vacatures/" + vacancy + "/etalage"), 404); // not their employer
        adviser.problem(propose(adviser, adviserCsrf, vacancy, pseudonyms.of(vacancy, SANNE)), 404);
        jdbc.update("""
                insert into employer_owner (employer_id, account_manager, owner_name, organisation_id)
                values (2, 'accountmanager', 'Fatima el Amrani', 'wsp-lindeveen')""");
        adviser.ok(adviser.get("/api/v1/vacatures/" + vacancy + "/etalage"));
        HttpResponse<String> proposed = propose(adviser, adviserCsrf, vacancy, pseudonyms.of(vacancy, SANNE));
        jdbc.update("delete from employer_owner where employer_id = 2");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long id = JSON.readTree(proposed.body()).get("id").asLong();
        assertThat(JSON.readTree(proposed.body()).get("requestedBy").asString()).isEqualTo("accountmanager");

        ApiSession caseWorker = new ApiSession(port);
        String caseWorkerCsrf = caseWorker.signIn("klantmanager");
        caseWorker.problem(decide(caseWorker, caseWorkerCsrf, id, "{\"accept\": false}"),
                guided.getIfAvailable() == null ? 404 : 400);

        ApiSession person = new ApiSession(port);
        String personCsrf = person.signIn("werkzoekende");
        assertThat(person.form("/mijn-introducties/wie-beslist", "klantmanager=true", personCsrf).statusCode())
                .isEqualTo(302);
        try {
            if (guided.getIfAvailable() == null) { // no caseload module: nobody is anyone's case worker
                caseWorker.problem(decide(caseWorker, caseWorkerCsrf, id, "{\"accept\": false}"), 404);
                assertThat(caseWorker.ok(caseWorker.get("/api/v1/introducties")).size()).isZero();
                return;
            }
            assertThat(caseWorker.ok(caseWorker.get("/api/v1/introducties")).valueStream()
                    .map(i -> i.get("id").asLong())).contains(id);
            JsonNode no = caseWorker.ok(decide(caseWorker, caseWorkerCsrf, id, "{\"accept\": false}"));
            assertThat(no.get("status").asString()).isEqualTo("DECLINED");
            assertThat(no.get("decidedBy").asString()).isEqualTo("caseWorker");
            OwnershipFixture.ownedByTheDemoAccountManager(jdbc, 2); // the adviser sees it while they own the employer
            assertThat(adviser.ok(adviser.get("/api/v1/introducties/" + id)).get("contact").isNull()).isTrue();
            jdbc.update("delete from employer_owner where employer_id = 2");
            assertThat(processingLog.aboutPerson(SANNE, 1, 100)).anySatisfy(r -> {
                assertThat(r.operation()).isEqualTo(Operation.CHANGE);
                assertThat(r.purpose()).isEqualTo(ProcessingPurpose.INTRODUCTION);
                assertThat(r.actor().username()).isEqualTo("klantmanager");
            });
        } finally {
            person.form("/mijn-introducties/wie-beslist", "", personCsrf);
        }
        assertThat(caseWorker.ok(caseWorker.get("/api/v1/introducties/" + id)).get("status").asString())
                .as("her case worker still sees what was decided").isEqualTo("DECLINED");
    }

    /**
     * Issue 13, item 1: whoever is on the employer's side never reads a person's target groups, nor the facts the
     * Toolbox reads (benefit and since when, work limitation, loonwaarde, birth date), on the showcase, its API,
     * the introductions or the target-group list itself; also after a yes.
     */
    @Test
    void theEmployersSideNeverSeesTargetGroupsNorTheFactsTheToolboxReads(@Autowired FindTargetGroups targetGroups)
            throws Exception {
        Map<String, Object> saved = jdbc.queryForMap("select target_groups::text as groups, benefit, birth_date, "
                + "benefit_since, work_limitation, loonwaarde from person where id = ?", SANNE);
        jdbc.update("""
                update person set target_groups = '{BANENAFSPRAAK,WAJONG,BESCHUT_WERK,VIJFTIG_PLUS}', benefit = 'WAJONG',
                    birth_date = make_date(birth_year, 5, 17), benefit_since = date '2019-03-14',
                    work_limitation = 'DOELGROEPREGISTER', loonwaarde = 55 where id = ?""", SANNE);
        long[] accepted = {0};
        try {
            Person sanne = people.byId(SANNE).orElseThrow();
            long vacancy = vacancyFor(sanne, 1);
            accepted[0] = IntroductionFixture.accepted(jdbc, SANNE, 1);
            JsonNode showcase = employer.ok(employer.get("/api/v1/vacatures/" + vacancy + "/etalage"));
            assertThat(showcase.get("candidates").size()).as("Sanne shows, so there is something to hide").isPositive();

            // before a yes: nothing of the kind at all
            String showcased = read(List.of("/api/v1/vacatures/" + vacancy + "/etalage", "/werkgever/vacatures/" + vacancy
                    + "/etalage", "/werkgever/vacatures/" + vacancy + "/etalage?lang=en"));
            assertThat(showcased).doesNotContain("doelgroep", "target group", "loonwaarde", "arbeidsbeperking",
                    "work limitation", "uitkering", "benefit");
            assertNoFactsOfSanne(showcased, targetGroups, true);
            // after a yes the employer reads the Toolbox's offers that may apply (their names and texts name target
            // groups, e.g. "sheltered work", and the loonwaarde), never Sanne's groups or facts as data
            String introduced = read(List.of("/werkgever/introducties", "/werkgever/introducties?lang=en",
                    "/api/v1/introducties", "/api/v1/introducties/" + accepted[0]));
            assertThat(introduced).contains("sanne"); // after the yes: her name, not her groups
            assertNoFactsOfSanne(introduced, targetGroups, false);
            employer.problem(employer.get("/api/v1/doelgroepen"), 403);
        } finally {
            jdbc.update("delete from introduction where id = ?", accepted[0]);
            jdbc.update("""
                    update person set target_groups = ?::text[], benefit = ?, birth_date = ?, benefit_since = ?,
                        work_limitation = ?, loonwaarde = ? where id = ?""", saved.get("groups"), saved.get("benefit"),
                    saved.get("birth_date"), saved.get("benefit_since"), saved.get("work_limitation"),
                    saved.get("loonwaarde"), SANNE);
        }
    }

    private String read(List<String> paths) throws Exception {
        List<String> seen = new java.util.ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = employer.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            seen.add(response.body());
        }
        return String.join("\n", seen).toLowerCase(java.util.Locale.ROOT);
    }

    /** Sanne's facts as the theEmployersSide… test sets them, every group's code and, if asked, every group's name. */
    private static void assertNoFactsOfSanne(String seen, FindTargetGroups targetGroups, boolean names) {
        assertThat(seen).doesNotContain("2019-03-14", "14-3-2019", "17-5-", "-05-17", "55%", "\"loonwaarde",
                "doelgroepregister)", "\"doelgroepen\"", "\"targetgroups\"", "\"workLimitation\"".toLowerCase());
        for (var group : targetGroups.all()) {
            String code = "\"" + group.code().toLowerCase(java.util.Locale.ROOT) + "\"";
            assertThat(seen).as(group.code()).doesNotContain(code,
                    names && group.nameNl().length() > 8 ? group.nameNl().toLowerCase(java.util.Locale.ROOT) : code,
                    names && group.nameEn().length() > 8 ? group.nameEn().toLowerCase(java.util.Locale.ROOT) : code);
        }
    }

    private long vacancyFor(Person person, long employerId) {
        return publishing.publish(new PublishVacancy(employerId, VacancyFixture.cutOutFor(person, BUS_DRIVER),
                VacancyFixture.EMPLOYER)).id();
    }

    /** Someone with this consent and a few skills, whose postcode area is known (so the matcher takes them in). */
    private Person someoneWho(Visibility visibility) {
        AtomicReference<Person> found = new AtomicReference<>();
        people.forEach(p -> {
            if (found.get() == null && p.profile().preferences().visibility() == visibility
                    && p.profile().skills().size() >= 3 && p.profile().preferences().availability() != Availability.LATER
                    && (visibility != Visibility.EMPLOYERS_ANONYMOUS || p.id() == SANNE)) {
                found.set(p);
            }
        });
        return found.get();
    }

    private Map<String, Person> everyonesPseudonym(long vacancy) {
        Map<String, Person> all = new HashMap<>();
        people.forEach(p -> all.put(pseudonyms.of(vacancy, p.id()), p));
        assertThat(all).as("no two people share a pseudonym").hasSize((int) people.count());
        return all;
    }

    private HttpResponse<String> propose(ApiSession session, String csrf, long vacancy, String candidate) throws Exception {
        return session.json("POST", "/api/v1/introducties",
                "{\"vacancyId\": " + vacancy + ", \"candidate\": \"" + candidate + "\", \"message\": \"Kom eens langs.\"}", csrf);
    }

    private HttpResponse<String> decide(ApiSession session, String csrf, long id, String body) throws Exception {
        return session.json("POST", "/api/v1/introducties/" + id + "/besluit", body, csrf);
    }
}
