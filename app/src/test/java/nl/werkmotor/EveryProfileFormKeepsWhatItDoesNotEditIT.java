package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.demoregion.GenerateDemoRegionCommand;
import nl.werkmotor.demoregion.GeneratingDemoRegion;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.people.Availability;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ChangeProfile;
import nl.werkmotor.people.ChangingProfile;
import nl.werkmotor.people.Evidence;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonChanged;
import nl.werkmotor.people.Preferences;
import nl.werkmotor.people.PreferencesChange;
import nl.werkmotor.people.Profile;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.people.SupportNeed;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.people.WorkingCondition;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.taxonomy.SkillSummary;

/**
 * Issue 12, item 2: a case worker's save of the wishes wiped the person's working conditions and support needs
 * and wrote back the visibility it had read. Every form of every role that can write a profile (the person's
 * pages and API, the case worker's profile, intake and note forms and API) is sent once for Sanne Bakker with
 * every field of her profile filled with something no default has; afterwards exactly the fields the form
 * edits hold what it sent, and every other field is as it was. And the person's consent, chosen while the
 * case worker saves the wishes, is what stays.
 */
@WerkmotorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryProfileFormKeepsWhatItDoesNotEditIT {

    static final long SANNE = 1;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPeople people;
    @Autowired
    ApplicationEventPublisher events;

    List<String> skills;
    Map<String, Object> sanneAsGenerated;
    List<Map<String, Object>> skillsAsGenerated;

    @BeforeAll
    void sanneInTheSmallDemoRegion(@Autowired ApplicationContext application, @Autowired FindOccupation occupations) {
        SmallDemoRegion.ensure(application);
        if (people.byAccount("werkzoekende").map(Person::id).orElse(0L) != SANNE) {
            application.getBean(GeneratingDemoRegion.class).generate(GenerateDemoRegionCommand.small());
        }
        skills = occupations.byUri(FindOccupation.URI_PREFIX + RealEsco.BUS_DRIVER, Language.NL).orElseThrow()
                .essentialSkills().stream().map(SkillSummary::uri).limit(5).toList();
        sanneAsGenerated = jdbc.queryForMap("select * from person where id = ?", SANNE);
        skillsAsGenerated = jdbc.queryForList("select * from person_skill where person_id = ?", SANNE);
    }

    /** Sanne as the other tests know her, and the matching index with her. */
    @AfterAll
    void sanneAsGenerated() {
        sanneAsGenerated.forEach((column, value) -> {
            if (!column.equals("id")) {
                jdbc.update("update person set " + column + " = ? where id = ?", value, SANNE);
            }
        });
        jdbc.update("delete from person_skill where person_id = ?", SANNE);
        skillsAsGenerated.forEach(row -> jdbc.update("insert into person_skill (person_id, skill_uri, evidence) values (?, ?, ?)",
                SANNE, row.get("skill_uri"), row.get("evidence")));
        events.publishEvent(new PersonChanged(SANNE));
    }

    @TestFactory
    Stream<DynamicTest> everyFormChangesWhatItEditsAndNothingElse() {
        return forms().stream().map(form -> DynamicTest.dynamicTest(form.role() + ": " + form.what(), () -> {
            Person before = everyFieldFilled();
            ApiSession session = new ApiSession(port);
            String csrf = session.signIn(form.role());

            HttpResponse<String> answer = form.send().apply(session, csrf);

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(form.status());
            Person after = people.byId(SANNE).orElseThrow();
            Person expected = form.edits().apply(before);
            assertThat(after.profile().skills()).containsExactlyInAnyOrderElementsOf(expected.profile().skills());
            assertThat(withoutSkills(after)).isEqualTo(withoutSkills(expected));
        }));
    }

    @Test
    void theVisibilityThePersonChoosesWhileTheCaseWorkerSavesTheWishesIsKept(
            @Autowired ChangingProfile changing, @Autowired PlatformTransactionManager transactions) throws Exception {
        everyFieldFilled(); // visible to partners
        ApiSession caseWorker = new ApiSession(port);
        String csrf = caseWorker.signIn("klantmanager");
        List<CompletableFuture<HttpResponse<String>>> saving = new ArrayList<>();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            changing.change(ChangeProfile.preferences(SANNE, ChangeAuthor.person("werkzoekende"),
                    PreferencesChange.none().visibility(Visibility.PRIVATE)));
            // not committed yet: the case worker's form reads the old consent, then waits for Sanne's row
            saving.add(CompletableFuture.supplyAsync(() -> send(() -> caseWorker.form("/caseload/1/profiel/wensen",
                    "minHours=10&maxHours=20&travelRadiusKm=12&motivatie=&beschikbaarheid=", csrf))));
            awaitSomeoneWaitingForALock();
        });

        assertThat(saving.getFirst().get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(302);
        Preferences after = people.byId(SANNE).orElseThrow().profile().preferences();
        assertThat(after.visibility()).as("the person's consent").isEqualTo(Visibility.PRIVATE);
        assertThat(List.of(after.minHours(), after.maxHours(), after.travelRadiusKm())).as("the case worker's wishes")
                .containsExactly(10, 20, 12);
    }

    /** Each form, who sends it, what it sends, how it answers and what it changes in a profile. */
    private List<Form> forms() {
        String self = skills.get(0), confirmed = skills.get(1), assessed = skills.get(2), badge = skills.get(3);
        String another = skills.get(4);
        return List.of(
                new Form("werkzoekende", "the wishes page", (s, csrf) -> s.form("/mijn-profiel/wensen",
                        "minHours=20&maxHours=30&travelRadiusKm=40&sectors=CONSTRUCTION&motivation=HIGH"
                                + "&availability=LATER&workingConditions=OUTDOORS&supportNeeds=TRAVEL", csrf), 302,
                        p -> with(p, new Preferences(20, 30, 40, Set.of(Sector.CONSTRUCTION),
                                Motivation.HIGH, Availability.LATER, Visibility.PARTNERS, Set.of(WorkingCondition.OUTDOORS),
                                Set.of(SupportNeed.TRAVEL)))),
                new Form("werkzoekende", "the visibility page", (s, csrf) -> s.form("/mijn-profiel/zichtbaarheid",
                        "visibility=EMPLOYERS_ANONYMOUS", csrf), 302,
                        p -> with(p, preferences(p, Visibility.EMPLOYERS_ANONYMOUS))),
                new Form("werkzoekende", "adding a skill", (s, csrf) -> s.form("/mijn-profiel/vaardigheden/toevoegen",
                        "skill=" + encoded(another), csrf), 302,
                        p -> withSkills(p, plus(p, new SkillClaim(another, Evidence.SELF_DECLARED)))),
                new Form("werkzoekende", "adding a skill already assessed", (s, csrf) -> s.form(
                        "/mijn-profiel/vaardigheden/toevoegen", "skill=" + encoded(assessed), csrf), 302, p -> p),
                new Form("werkzoekende", "removing a skill", (s, csrf) -> s.form("/mijn-profiel/vaardigheden/verwijderen",
                        "skill=" + encoded(self), csrf), 302, p -> minus(p, self)),
                new Form("werkzoekende", "a pasted CV (only finds skills)", (s, csrf) -> s.form(
                        "/mijn-profiel/vaardigheden/cv", "tekst=" + encoded("Ik kan heftrucks bedienen."), csrf), 200,
                        p -> p),
                new Form("werkzoekende", "starting a profile again", (s, csrf) -> s.form("/mijn-profiel/start",
                        "firstName=X&lastName=Y&birthYear=1990&postcode4=1000&kind=JOB_SEEKER", csrf), 400, p -> p),
                new Form("werkzoekende", "PUT /api/v1/mijn-profiel with the same skills", (s, csrf) -> s.json("PUT",
                        "/api/v1/mijn-profiel", """
                                {"skills": ["%s", "%s", "%s", "%s"], "minHours": 8, "maxHours": 12, "travelRadiusKm": 3,
                                 "sectors": [], "motivation": "MODERATE", "availability": "NOW", "visibility": "PRIVATE",
                                 "workingConditions": [], "supportNeeds": []}""".formatted(self, confirmed, assessed, badge),
                        csrf), 200, p -> with(p, new Preferences(8, 12, 3, Set.of(), Motivation.MODERATE, Availability.NOW,
                        Visibility.PRIVATE, Set.of(), Set.of()))),
                new Form("klantmanager", "the wishes form of the profile", (s, csrf) -> s.form(
                        "/caseload/1/profiel/wensen", "minHours=10&maxHours=20&travelRadiusKm=12&motivatie=HIGH"
                                + "&beschikbaarheid=NOW", csrf), 302,
                        p -> with(p, new Preferences(10, 20, 12, p.profile().preferences().sectors(), Motivation.HIGH,
                                Availability.NOW, Visibility.PARTNERS, p.profile().preferences().workingConditions(),
                                p.profile().preferences().supportNeeds()))),
                new Form("klantmanager", "the wishes form without motivation and availability", (s, csrf) -> s.form(
                        "/caseload/1/profiel/wensen", "minHours=14&maxHours=22&travelRadiusKm=9&motivatie=&beschikbaarheid=",
                        csrf), 302, p -> p),
                new Form("klantmanager", "confirming a skill", (s, csrf) -> s.form("/caseload/1/profiel/vaardigheden",
                        "bevestigen=" + encoded(self), csrf), 302,
                        p -> withSkills(p, plus(minus(p, self), new SkillClaim(self, Evidence.CONFIRMED_BY_PROFESSIONAL)))),
                new Form("klantmanager", "removing a skill", (s, csrf) -> s.form("/caseload/1/profiel/vaardigheden",
                        "verwijderen=" + encoded(badge), csrf), 302, p -> minus(p, badge)),
                new Form("klantmanager", "the intake", (s, csrf) -> s.form("/caseload/1/intake",
                        "situatie=a&wensen=b&ondersteuning=c&afspraken=d", csrf), 302, p -> p),
                new Form("klantmanager", "a note", (s, csrf) -> s.form("/caseload/1/notities",
                        "doel=BEGELEIDING&tekst=Gesprek", csrf), 302, p -> p),
                new Form("klantmanager", "POST /api/v1/kandidaten/1/notities", (s, csrf) -> s.json("POST",
                        "/api/v1/kandidaten/1/notities", """
                                {"doel": "BEGELEIDING", "tekst": "Gesprek"}""", csrf), 201, p -> p));
    }

    /** Sanne with no field as any default or the generator has it, and four skills of every kind of evidence. */
    private Person everyFieldFilled() {
        jdbc.update("""
                update person set first_name = 'Sanne', last_name = 'Bakker', birth_year = 1987, birth_date = null, postcode4 = '3012',
                    target_groups = ?, benefit = ?, previous_occupations = ?, min_hours = 14, max_hours = 22,
                    travel_radius_km = 9, sectors = ?, motivation = 'LOW', availability = 'WITHIN_A_MONTH',
                    visibility = 'PARTNERS', working_conditions = ?, support_needs = ?
                where id = ?""", new String[] {TargetGroup.BIJSTAND.code(), TargetGroup.STATUSHOUDER.code()},
                BenefitType.WW.name(), new String[] {FindOccupation.URI_PREFIX + RealEsco.BUS_DRIVER},
                new String[] {"CARE", "TRANSPORT"}, new String[] {"DAYTIME_ONLY", "NO_HEAVY_LIFTING"},
                new String[] {"DEBT_ADVICE", "JOB_COACH"}, SANNE);
        jdbc.update("delete from person_skill where person_id = ?", SANNE);
        Evidence[] evidence = Evidence.values();
        for (int i = 0; i < evidence.length; i++) {
            jdbc.update("insert into person_skill (person_id, skill_uri, evidence) values (?, ?, ?)", SANNE,
                    skills.get(i), evidence[i].name());
        }
        Person filled = people.byId(SANNE).orElseThrow();
        assertThat(filled.profile().preferences().workingConditions()).hasSize(2);
        assertThat(filled.profile().skills()).hasSize(4);
        return filled;
    }

    /** The case worker's request, from another thread than the test's transaction. */
    private static HttpResponse<String> send(Request request) {
        try {
            return request.send();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitSomeoneWaitingForALock() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from pg_locks where not granted)",
                Boolean.class))) {
            assertThat(System.nanoTime()).as("the case worker's save waits for the person's row").isLessThan(until);
            Thread.onSpinWait();
        }
    }

    private static Preferences preferences(Person p, Visibility visibility) {
        Preferences w = p.profile().preferences();
        return new Preferences(w.minHours(), w.maxHours(), w.travelRadiusKm(), w.sectors(), w.motivation(),
                w.availability(), visibility, w.workingConditions(), w.supportNeeds());
    }

    private static Person with(Person p, Preferences preferences) {
        return new Person(p.id(), p.kind(), p.firstName(), p.lastName(), p.birthYear(), p.postcode4(), p.targetGroups(),
                p.benefit(), p.previousOccupations(), new Profile(p.profile().skills(), preferences));
    }

    private static Person withSkills(Person p, List<SkillClaim> skills) {
        return new Person(p.id(), p.kind(), p.firstName(), p.lastName(), p.birthYear(), p.postcode4(), p.targetGroups(),
                p.benefit(), p.previousOccupations(), new Profile(skills, p.profile().preferences()));
    }

    private static Person withoutSkills(Person p) {
        return withSkills(p, List.of());
    }

    private static List<SkillClaim> plus(Person p, SkillClaim claim) {
        return Stream.concat(p.profile().skills().stream(), Stream.of(claim)).toList();
    }

    private static Person minus(Person p, String skill) {
        return withSkills(p, p.profile().skills().stream().filter(c -> !c.skillUri().equals(skill)).toList());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private interface Sending {
        HttpResponse<String> apply(ApiSession session, String csrf) throws Exception;
    }

    /** @param edits the profile after the form, from the profile before it */
    private record Form(String role, String what, Sending send, int status, UnaryOperator<Person> edits) {
    }
}
