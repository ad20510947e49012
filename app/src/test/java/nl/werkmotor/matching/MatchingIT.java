package nl.werkmotor.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.GenerateDemoRegionCommand;
import nl.werkmotor.demoregion.GeneratingDemoRegion;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.LogboekSchema;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.web.ApiProblem.Message;
import tools.jackson.databind.JsonNode;

/** Matching through its API, use cases and batch command, on the real ESCO, the real places and the small demo region. */
@WerkmotorTest
class MatchingIT {

    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatchingPeopleAndWork matching;
    @Autowired
    FindPeople people;
    @Autowired
    FindVacancies vacancies;
    @Autowired
    FindPlaces places;
    @Autowired
    GeneratingDemoRegion generating;
    @Autowired
    CommandLine commandLine;

    private ApiSession api;

    @BeforeEach
    void smallDemoRegion(@Autowired ImportingTaxonomy taxonomy, @Autowired ImportingPlaces importingPlaces) {
        RealEsco.ensureImported(taxonomy, jdbc);
        RealPlaces.ensureImported(importingPlaces, jdbc);
        if (people.count() != GenerateDemoRegionCommand.SMALL) {
            generating.generate(GenerateDemoRegionCommand.small());
        }
        api = new ApiSession(port);
    }

    @Test
    void theEssentialSkillsOfBusDriverSuggestBusDriverFirstExplainingTheScoreExactly() throws Exception {
        List<String> skills = busDriverSkills("essential");

        JsonNode results = api.ok(api.get("/api/v1/beroepssuggesties?pageSize=5&vaardigheden=" + ids(skills)));

        assertThat(results.size()).isEqualTo(5);
        JsonNode best = results.get(0);
        assertThat(best.get("uri").asString()).isEqualTo(BUS_DRIVER);
        assertThat(best.get("id").asString()).isEqualTo(RealEsco.BUS_DRIVER);
        assertThat(best.get("label").get("lang").asString()).isEqualTo("nl");
        assertThat(best.get("explanation").get("matched").size()).isEqualTo(skills.size());
        assertThat(best.get("explanation").get("precision").asDouble()).isEqualTo(1.0);
        for (JsonNode result : results) {
            JsonNode explanation = result.get("explanation");
            assertThat(contributions(result)).isCloseTo(explanation.get("coverage").asDouble(), within(1e-4));
            assertThat(explanation.get("coverage").asDouble() * explanation.get("precision").asDouble())
                    .isCloseTo(result.get("score").asDouble(), within(1e-4));
        }
        assertThat(results.get(1).get("score").asDouble()).isLessThan(best.get("score").asDouble());
    }

    @Test
    void aBadQuestionIsRefusedNamingEveryProblem() throws Exception {
        JsonNode problem = api.problem(api.get("/api/v1/beroepssuggesties?vaardigheden=http://example.org/x&pageSize=0&taal=fr"),
                400);
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("taal", "pageSize", "vaardigheden");

        assertThat(api.problem(api.get("/api/v1/beroepssuggesties"), 400).get("invalidParams").get(0).get("reason")
                .asString()).isEqualTo("vaardigheden: noem ten minste één vaardigheid");
        assertThat(api.problem(api.get("/api/v1/beroepen/00000000-0000-0000-0000-000000000000/verwante-beroepen"), 400)
                .get("invalidParams").get(0).get("name").asString()).isEqualTo("id");
        assertThat(api.problem(api.get("/api/v1/vaardigheidskloven?vaardigheden=" + ids(busDriverSkills("essential"))
                + "&pageSize=101"), 400).get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("pageSize", "doelBeroep");
    }

    @Test
    void theSkillsOfABusDriverTransferToOtherDrivingWork() throws Exception {
        JsonNode results = api.ok(api.get("/api/v1/beroepen/" + RealEsco.BUS_DRIVER + "/verwante-beroepen?taal=en"));

        assertThat(results.size()).isEqualTo(10);
        assertThat(results.valueStream().map(r -> r.get("uri").asString())).doesNotContain(BUS_DRIVER);
        assertThat(results.valueStream().limit(5).map(r -> r.get("label").get("text").asString()))
                .anySatisfy(label -> assertThat(label).containsIgnoringCase("driver"));
    }

    @Test
    void theGapsTowardsBusDriverAreItsMissingSkillsThatHelpMost() throws Exception {
        List<String> essential = busDriverSkills("essential");
        List<String> half = essential.subList(0, essential.size() / 2);

        JsonNode gaps = api.ok(api.get("/api/v1/vaardigheidskloven?doelBeroep=" + RealEsco.BUS_DRIVER + "&vaardigheden="
                + ids(half)));

        assertThat(gaps.size()).isPositive();
        List<String> all = new ArrayList<>(essential);
        all.addAll(busDriverSkills("optional"));
        for (JsonNode gap : gaps) {
            assertThat(gap.get("skillUri").asString()).isIn(all).isNotIn(half);
            assertThat(gap.get("goalGain").asDouble()).isPositive();
        }
    }

    @Test
    void everyCandidateOfAVacancyPassesTheHardFiltersAndConsented() {
        int withCandidates = 0;
        for (long id = 1; id <= 40; id++) {
            Vacancy vacancy = vacancies.byId(id).orElseThrow();
            Postcode4 work = places.postcode(vacancy.postcode4()).orElseThrow();
            List<MatchResult> candidates = matching.candidatesFor(id, everyone -> true, Language.NL, 100);
            withCandidates += candidates.isEmpty() ? 0 : 1;
            for (MatchResult candidate : candidates) {
                Person person = people.byId(Long.parseLong(candidate.id())).orElseThrow();
                var wants = person.profile().preferences();
                assertThat(wants.visibility()).isNotEqualTo(Visibility.PRIVATE);
                assertThat(wants.minHours()).isLessThanOrEqualTo(vacancy.maxHours());
                assertThat(wants.maxHours()).isGreaterThanOrEqualTo(vacancy.minHours());
                assertThat(places.postcode(person.postcode4()).orElseThrow().distanceKm(work))
                        .isLessThanOrEqualTo(wants.travelRadiusKm() + 1e-9);
                assertThat(candidate.label()).as("the matcher shows no names").isNull();
                double sum = candidate.explanation().matched().stream().mapToDouble(c -> c.contribution()).sum()
                        + candidate.explanation().related().stream().mapToDouble(c -> c.contribution()).sum();
                assertThat(sum).isCloseTo(candidate.score(), within(1e-4));
                assertThat(candidate.explanation().precision()).isEqualTo(1.0);
            }
        }
        assertThat(withCandidates).as("vacancies with candidates among the first 40").isGreaterThan(10);
    }

    @Test
    void onlyCaseWorkersAndAccountManagersMayAskAboutPeopleAndAboutOnePersonOnlyTheirCaseWorker() throws Exception {
        assertThat(api.get("/api/v1/vacatures/1/kandidaten").statusCode()).isEqualTo(401);

        api.signIn("werkgever");
        assertThat(api.get("/api/v1/vacatures/1/kandidaten").statusCode()).isEqualTo(403);

        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        HttpResponse<String> candidates = caseWorker.get("/api/v1/vacatures/1/kandidaten?pageSize=3");
        assertThat(candidates.statusCode()).isEqualTo(200);
        assertThat(candidates.body()).doesNotContain("firstName", "lastName", "benefit");
        assertThat(caseWorker.problem(caseWorker.get("/api/v1/vacatures/999999/kandidaten"), 404).get("detail").asString())
                .isEqualTo("Er is geen vacature met id 999999");
        // person 1 is in the demo klantmanager's caseload, person 41 in a colleague's
        assertThat(caseWorker.ok(caseWorker.get("/api/v1/kandidaten/1/vacatures?pageSize=3")).size()).isLessThanOrEqualTo(3);
        assertThat(caseWorker.problem(caseWorker.get("/api/v1/kandidaten/41/vacatures"), 404).get("detail").asString())
                .isEqualTo("Er is geen persoon met id 41 in uw caseload");
        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/41/vaardigheidskloven?doelVacature=1"), 404);
        ApiSession accountManager = new ApiSession(port);
        accountManager.signIn("accountmanager");
        accountManager.problem(accountManager.get("/api/v1/kandidaten/1/vacatures"), 403);
    }

    @Test
    void everyAnswerAboutPeopleIsWrittenInTheirProcessingLogInTheCallersTrace(@Autowired FindProcessingRecords log)
            throws Exception {
        long vacancy = withCandidatesAmong(caseload("klantmanager"));
        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        String trace = HexFormat.of().toHexDigits(System.nanoTime()) + "4bf92f3577b34da6";

        JsonNode candidates = caseWorker.ok(caseWorker.send(HttpRequest.newBuilder(
                        caseWorker.uri("/api/v1/vacatures/" + vacancy + "/kandidaten?pageSize=5"))
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01").build()));

        assertThat(candidates.size()).isPositive();
        for (JsonNode candidate : candidates) {
            ProcessingRecord record = log.aboutPerson(candidate.get("id").asLong(), 1, 1).getFirst();
            assertThat(record.traceId()).isEqualTo(trace);
            assertThat(record.parentSpanId()).isEqualTo("00f067aa0ba902b7");
            assertThat(record.name()).isEqualTo(new Message("Uw vaardigheden vergeleken met vacature " + vacancy,
                    "Your skills compared with vacancy " + vacancy));
            assertThat(record.actor().username()).isEqualTo("klantmanager");
            assertThat(record.operation()).isEqualTo(Operation.READ);
            assertThat(record.purpose()).isEqualTo(ProcessingPurpose.MATCHING);
            LogboekSchema.assertValid(record);
        }

        long person = candidates.get(0).get("id").asLong();
        caseWorker.ok(caseWorker.get("/api/v1/kandidaten/" + person + "/vacatures?pageSize=3"));
        ProcessingRecord vacancies = log.aboutPerson(person, 1, 1).getFirst();
        assertThat(vacancies.name().nl()).isEqualTo("Vacatures gezocht die bij uw vaardigheden passen");
        assertThat(vacancies.traceId()).as("a request without traceparent starts its own trace").isNotEqualTo(trace);
        LogboekSchema.assertValid(vacancies);

        caseWorker.ok(caseWorker.get("/api/v1/kandidaten/" + person + "/vaardigheidskloven?doelVacature=" + vacancy));
        assertThat(log.aboutPerson(person, 1, 2)).extracting(r -> r.name().nl()).containsExactly(
                "Bekeken welke vaardigheden u nog mist voor vacature " + vacancy,
                "Vacatures gezocht die bij uw vaardigheden passen");

        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/" + person + "/vaardigheidskloven?doelVacature=999999"), 404);
        assertThat(log.aboutPerson(person, 1, 1).getFirst().name().nl()).as("a refused question read nobody's data")
                .isEqualTo("Bekeken welke vaardigheden u nog mist voor vacature " + vacancy);
    }

    /** Issue 12, item 3: any case worker got the best people of the region for any vacancy, with their ids. */
    @Test
    void aCaseWorkerGetsOnlyTheirOwnCaseloadAmongAVacancysCandidatesWithTheirConsentAsStoredNow() throws Exception {
        Set<Long> caseload = caseload("klantmanager");
        long vacancy = withCandidatesAmong(caseload);
        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        String path = "/api/v1/vacatures/" + vacancy + "/kandidaten?pageSize=100";

        List<Long> ids = caseWorker.ok(caseWorker.get(path)).valueStream().map(c -> c.get("id").asLong()).toList();

        assertThat(ids).isNotEmpty().allMatch(caseload::contains);
        assertThat(ids).as("the best of the caseload, not the caseload's share of the region's best")
                .containsExactlyElementsOf(matching.candidatesFor(vacancy, caseload::contains, Language.NL, 100).stream()
                        .map(c -> Long.parseLong(c.id())).toList());
        long withdrawing = ids.getFirst();
        String consent = jdbc.queryForObject("select visibility from person where id = ?", String.class, withdrawing);
        jdbc.update("update person set visibility = 'PRIVATE' where id = ?", withdrawing); // the index does not hear of it
        try {
            assertThat(caseWorker.ok(caseWorker.get(path)).valueStream().map(c -> c.get("id").asLong()))
                    .as("consent withdrawn a moment ago").doesNotContain(withdrawing).isNotEmpty();
        } finally {
            jdbc.update("update person set visibility = ? where id = ?", consent, withdrawing);
        }
    }

    /** Issue 12, item 3: an account manager got any vacancy's candidates with the ids that undo the showcase's pseudonyms. */
    @Test
    void anAccountManagerGetsTheCandidatesOfTheirOwnEmployersVacanciesUnderTheShowcasesPseudonymsOnly(
            @Autowired FindProcessingRecords log) throws Exception {
        long vacancy = jdbc.queryForList("""
                select v.id from vacancy v join employer e on e.id = v.employer_id where e.organisation_id is null
                and not exists (select 1 from employer_owner o where o.employer_id = e.id) order by v.id""", Long.class)
                .stream().filter(id -> matching.anonymousCandidatesFor(id, Language.NL, 10).size() > 1).findFirst()
                .orElseThrow();
        long employer = vacancies.byId(vacancy).orElseThrow().employerId();
        ApiSession adviser = new ApiSession(port);
        String csrf = adviser.signIn("accountmanager");
        String path = "/api/v1/vacatures/" + vacancy + "/kandidaten?pageSize=10";
        assertThat(adviser.problem(adviser.get(path), 404).get("detail").asString()).as("not their employer's vacancy")
                .isEqualTo("Er is geen vacature met id " + vacancy);

        assertThat(adviser.json("PUT", "/api/v1/werkgevers/" + employer + "/claim", null, csrf).statusCode()).isEqualTo(200);
        try {
            JsonNode candidates = adviser.ok(adviser.get(path));
            long first = Long.parseLong(matching.anonymousCandidatesFor(vacancy, Language.NL, 10).getFirst().id());
            ProcessingRecord shown = log.aboutPerson(first, 1, 1).getFirst();
            JsonNode showcase = adviser.ok(adviser.get("/api/v1/vacatures/" + vacancy + "/etalage")).get("candidates");

            List<String> names = candidates.valueStream().map(c -> c.get("id").asString()).toList();
            assertThat(names).hasSizeGreaterThan(1).allMatch(name -> name.matches("K-[2-9A-HJ-NP-Z]{10}"))
                    .isSubsetOf(showcase.valueStream().map(c -> c.get("candidate").asString()).toList());
            assertThat(candidates.toString()).doesNotContain("\"id\":" + first, "\"id\":\"" + first + "\"");
            assertThat(shown.actor().username()).isEqualTo("accountmanager");
            assertThat(shown.operation()).isEqualTo(Operation.READ);
            assertThat(shown.purpose()).isEqualTo(ProcessingPurpose.SHOWCASE);
            assertThat(shown.name().nl()).startsWith("Uw vaardigheden zonder uw naam vergeleken met vacature " + vacancy);

            jdbc.update("update person set visibility = 'PARTNERS' where id = ?", first); // the index does not hear of it
            try {
                assertThat(adviser.ok(adviser.get(path)).valueStream().map(c -> c.get("id").asString()))
                        .as("consent withdrawn a moment ago").hasSize(names.size() - 1).doesNotContain(names.getFirst());
            } finally {
                jdbc.update("update person set visibility = 'EMPLOYERS_ANONYMOUS' where id = ?", first);
            }
        } finally {
            assertThat(adviser.json("DELETE", "/api/v1/werkgevers/" + employer + "/claim", null, csrf).statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void theIndexFollowsANewDemoRegion() {
        generating.generate(new GenerateDemoRegionCommand(300, 7, GenerateDemoRegionCommand.DEFAULT_REGION));
        try {
            for (long id = 1; id <= 20; id++) {
                for (MatchResult candidate : matching.candidatesFor(id, everyone -> true, Language.NL, 100)) {
                    assertThat(Long.parseLong(candidate.id())).isLessThanOrEqualTo(people.count());
                    assertThat(people.byId(Long.parseLong(candidate.id()))).isPresent();
                }
            }
        } finally {
            generating.generate(GenerateDemoRegionCommand.small());
        }
    }

    @Test
    void suggestOccupationsWritesTheExactFormatAndReportsBadLines(@TempDir Path dir) throws Exception {
        String skills = String.join("\",\"", busDriverSkills("essential"));
        Path in = Files.writeString(dir.resolve("in.jsonl"), """
                {"id": "p1", "skills": ["%s"]}
                not json
                {"id": "p3", "skills": ["http://example.org/unknown"]}

                {"id": "p5", "skills": ["%s"]}
                """.formatted(skills, busDriverSkills("essential").getFirst()));
        Path out = dir.resolve("out.tsv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = commandLine.run("suggest-occupations", List.of("--in", in.toString(), "--top", "3", "--out",
                out.toString()), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6).allMatch(l -> l.matches(
                "p[15]\t[123]\thttp://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}\t[01]\\.\\d{6}"));
        assertThat(lines.getFirst()).startsWith("p1\t1\t" + BUS_DRIVER + "\t");
        assertThat(lines.get(3)).startsWith("p5\t1\t");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(in + ":2: ", in + ":3: ")
                .doesNotContain(":4:", ":5:", "Exception");
    }

    @Test
    void suggestOccupationsGivesTheSameAnswersFromThePackageFilesAsFromTheDatabase(@TempDir Path dir) throws Exception {
        List<String> lines = List.of(
                "{\"id\": \"essential\", \"skills\": [\"" + String.join("\",\"", busDriverSkills("essential")) + "\"]}",
                "{\"id\": \"optional\", \"skills\": [\"" + String.join("\",\"", busDriverSkills("optional")) + "\"]}");
        Path in = Files.write(dir.resolve("in.jsonl"), lines);
        Path fromDatabase = dir.resolve("db.tsv");
        Path fromFiles = dir.resolve("files.tsv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

        assertThat(commandLine.run("suggest-occupations", List.of("--in", in.toString(), "--out", fromDatabase.toString()),
                quiet, errors)).isZero();
        assertThat(commandLine.run("suggest-occupations", List.of("--in", in.toString(), "--out", fromFiles.toString(),
                "--esco", RealEsco.sharedData().toString()), quiet, errors)).as(err.toString()).isZero();

        assertThat(Files.readAllLines(fromFiles)).hasSize(20).isEqualTo(Files.readAllLines(fromDatabase));
        assertThat(commandLine.run("suggest-occupations", List.of("--in", in.toString(), "--out", fromFiles.toString(),
                "--esco", RealEsco.sharedData().resolve("esco-v1.1.1-en").toString()), quiet, errors)).isZero();
        assertThat(Files.readAllLines(fromFiles)).as("the English package alone").isEqualTo(Files.readAllLines(fromDatabase));
        assertThat(commandLine.run("suggest-occupations", List.of("--in", in.toString(), "--out", fromFiles.toString(),
                "--esco", dir.resolve("nothing").toString()), quiet, errors)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ESCO package unreadable").doesNotContain("\tat ");
    }

    private Set<Long> caseload(String caseWorker) {
        return Set.copyOf(jdbc.queryForList("select person_id from caseload where case_worker = ?", Long.class,
                caseWorker));
    }

    /** A vacancy with more than one candidate among these people. */
    private long withCandidatesAmong(Set<Long> people) {
        return jdbc.queryForList("select id from vacancy order by id", Long.class).stream()
                .filter(id -> matching.candidatesFor(id, people::contains, Language.NL, 5).size() > 1).findFirst()
                .orElseThrow();
    }

    private List<String> busDriverSkills(String relation) {
        return jdbc.queryForList("select skill_uri from occupation_skill where occupation_uri = ? and relation = ? "
                + "order by skill_uri", String.class, BUS_DRIVER, relation);
    }

    private static String ids(List<String> uris) {
        return String.join(",", uris.stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).toList());
    }

    private static double contributions(JsonNode result) {
        double sum = 0;
        for (String part : List.of("matched", "related", "missing")) {
            for (JsonNode credit : result.get("explanation").get(part)) {
                sum += credit.get("contribution").asDouble();
            }
        }
        return sum;
    }
}
