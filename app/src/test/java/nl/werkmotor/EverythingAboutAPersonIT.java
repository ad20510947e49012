package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.guidance.AssignCaseloadCommand;
import nl.werkmotor.guidance.AssigningCaseload;
import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ErasePerson;
import nl.werkmotor.people.ErasingPerson;
import nl.werkmotor.people.ExportingPersonalData;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.PersonKind;
import nl.werkmotor.people.PersonalDataExport;
import nl.werkmotor.people.PersonalDataSection;
import nl.werkmotor.people.StartProfile;
import nl.werkmotor.people.StartingProfile;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.showcase.IntroductionFixture;
import nl.werkmotor.taxonomy.Language;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 12, items 4 and 5, on one person who has everything: a profile, a case worker (caseload), an intake, a note
 * and a proposed vacancy, introductions with an employer's message, the contact details given and an outcome, the
 * choice that the case worker decides, and processing records. Their data export holds all of it and names every
 * table of the schema that holds data about a person; their erasure leaves none of it in any table, except the
 * processing log docs/privacy.md says is kept.
 */
@WerkmotorTest
class EverythingAboutAPersonIT {

    private static final String FIRST_NAME = "Tjitske";
    private static final String LAST_NAME = "Oosterwijk-Zandvliet";
    private static final String EMAIL = "tjitske.oz@example.org";
    private static final String PHONE = "06 98765432";
    private static final String EMPLOYERS_MESSAGE = "Beste " + FIRST_NAME + ", kom eens kennismaken.";
    /** Tables that keep a person id after erasure, as docs/privacy.md says, and why there. */
    private static final List<String> KEPT_AFTER_ERASURE = List.of("processing_record");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPeople people;
    @Autowired
    ErasingPerson erasing;
    @Autowired
    ExportingPersonalData exporting;
    @Autowired
    FindProcessingRecords processingLog;
    @Autowired
    ObjectMapper json;

    private long person;
    private String account;
    private String proposedVacancy;

    @BeforeEach
    void aPersonWithEverything(@Autowired ApplicationContext application, @Autowired StartingProfile starting,
                               @Autowired AssigningCaseload caseloads) throws Exception {
        SmallDemoRegion.ensure(application);
        account = "alles-" + UUID.randomUUID();
        person = starting.start(new StartProfile(account, FIRST_NAME, LAST_NAME, 1987, "3011", PersonKind.JOB_SEEKER)).id();
        caseloads.assign(new AssignCaseloadCommand("klantmanager", "gemeente-lindeveen", List.of(person)));

        ApiSession caseWorker = new ApiSession(port);
        String csrf = caseWorker.signIn("klantmanager");
        assertThat(caseWorker.json("POST", "/api/v1/kandidaten/" + person + "/notities", "{\"doel\": \"BEGELEIDING\", "
                + "\"tekst\": \"" + FIRST_NAME + " " + LAST_NAME + " belde; bereikbaar op " + PHONE + ".\"}", csrf)
                .statusCode()).isEqualTo(201);
        assertThat(caseWorker.form("/caseload/" + person + "/intake", "situatie=" + form(FIRST_NAME + " zoekt werk in de zorg.")
                + "&wensen=" + form("Overdag werken.") + "&ondersteuning=" + form("Een jobcoach.")
                + "&afspraken=" + form("Cv mailen naar " + EMAIL), csrf).statusCode()).isEqualTo(302);
        long vacancy = jdbc.queryForObject("select min(id) from vacancy", Long.class);
        proposedVacancy = jdbc.queryForObject("select title from vacancy where id = ?", String.class, vacancy);
        assertThat(caseWorker.form("/caseload/" + person + "/voorstellen", "vacature=" + vacancy, csrf).statusCode())
                .isEqualTo(302);
        assertThat(caseWorker.get("/caseload/" + person).statusCode()).isEqualTo(200);

        long accepted = IntroductionFixture.requested(jdbc, person, 1);
        jdbc.update("update introduction set message = ?, requested_by = 'werkgever', requested_role = 'WERKGEVER' "
                + "where id = ?", EMPLOYERS_MESSAGE, accepted);
        long declined = IntroductionFixture.requested(jdbc, person, 2);
        jdbc.update("insert into introduction_delegation (person_id, since) values (?, now())", person);
        caseWorker.ok(caseWorker.json("POST", "/api/v1/introducties/" + accepted + "/besluit",
                "{\"accept\": true, \"email\": \"" + EMAIL + "\", \"phone\": \"" + PHONE + "\"}", csrf));
        caseWorker.ok(caseWorker.json("POST", "/api/v1/introducties/" + declined + "/besluit", "{\"accept\": false}", csrf));
        caseWorker.ok(caseWorker.json("PUT", "/api/v1/introducties/" + accepted + "/uitkomst", "{\"outcome\": \"HIRED\"}",
                csrf));
        ApiSession employer = new ApiSession(port);
        employer.signIn("werkgever");
        assertThat(employer.ok(employer.get("/api/v1/introducties/" + accepted)).get("contact").get("email").asString())
                .isEqualTo(EMAIL);
    }

    @AfterEach
    void eraseThemIfStillThere() {
        if (people.byId(person).isPresent()) {
            erasing.erase(new ErasePerson(person, ChangeAuthor.person(account)));
        }
    }

    @Test
    void theExportHoldsEverythingAndNamesEveryTableThatHoldsDataAboutAPerson() {
        PersonalDataExport export = exporting.export(person, Language.NL);

        assertThat(export.sources()).as("every table with a person id, and person itself")
                .containsAll(tablesAboutAPerson());
        Map<String, String> sections = sections(export);
        assertThat(sections.get("introductions")).contains(EMPLOYERS_MESSAGE, EMAIL, PHONE, "u hebt ja gezegd",
                "u hebt nee gezegd", "aangenomen", "Bouwbedrijf De Vaste Hand B.V.", "de klantmanager",
                "Bericht van de werkgever");
        assertThat(sections.get("introductionDelegation")).contains("Mijn klantmanager mag voor mij ja of nee zeggen");
        assertThat(sections.get("caseload")).contains("klantmanager", "gemeente-lindeveen");
        assertThat(sections.get("intakes")).contains("zoekt werk in de zorg", "Een jobcoach.", EMAIL);
        assertThat(sections.get("notes")).contains("belde", "begeleiding");
        assertThat(sections.get("proposals")).contains(proposedVacancy, "nog geen uitkomst");
        assertThat(export.processingRecords()).isNotEmpty();

        Map<String, String> english = sections(exporting.export(person, Language.EN));
        assertThat(english.get("introductions")).contains("Message from the employer", "you said yes", "hired",
                EMPLOYERS_MESSAGE);
        assertThat(english.get("notes")).contains("What for", "guidance");
    }

    @Test
    void erasureLeavesNothingAboutThePersonInAnyTableButTheProcessingLog() {
        assertThat(tablesNaming()).as("before: the search finds them where they are")
                .containsKeys("person", "guidance_note", "intake", "introduction");
        assertThat(tablesWithTheirId()).containsKeys("person", "caseload", "intake", "guidance_note",
                "vacancy_proposal", "introduction", "introduction_delegation", "person_change");

        erasing.erase(new ErasePerson(person, ChangeAuthor.person(account)));

        assertThat(tablesNaming()).as("their name, e-mail address, phone number or login, in any text column").isEmpty();
        assertThat(tablesWithTheirId()).as("their id, in any person id column but the processing log's").isEmpty();
        assertThat(processingLog.aboutPerson(person, 1, 100)).as("kept: what others did with their data").isNotEmpty();
    }

    /** Every table with a column named like person_id, and the person table itself. */
    private List<String> tablesAboutAPerson() {
        List<String> tables = jdbc.queryForList("""
                select distinct table_name from information_schema.columns
                where table_schema = 'public' and column_name like '%person_id%' order by 1""", String.class);
        assertThat(tables).as("the schema as this test knows it").contains("person_skill", "introduction", "intake");
        return Stream.concat(Stream.of("person"), tables.stream()).toList();
    }

    /** The tables in which any text column holds their name, e-mail address, phone number or login: how many rows. */
    private Map<String, Long> tablesNaming() {
        String[] needles = Stream.of(FIRST_NAME, LAST_NAME, EMAIL, PHONE, PHONE.replace(" ", ""), account)
                .map(needle -> "%" + needle + "%").toArray(String[]::new);
        Map<String, List<String>> columns = jdbc.queryForList("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                    and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                         or c.udt_name in ('_text', '_varchar'))
                order by 1, 2""").stream().collect(Collectors.groupingBy(row -> (String) row.get("table_name"),
                LinkedHashMap::new, Collectors.mapping(row -> (String) row.get("column_name"), Collectors.toList())));
        return count(columns, column -> "\"" + column + "\"::text ilike any(?)", needles);
    }

    /** The tables in which a person id column holds their id (the person table: its id), but those kept on purpose. */
    private Map<String, Long> tablesWithTheirId() {
        Map<String, List<String>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and (column_name like '%person_id%'
                    or (table_name = 'person' and column_name = 'id'))
                order by 1, 2""").stream().filter(row -> !KEPT_AFTER_ERASURE.contains(row.get("table_name")))
                .collect(Collectors.groupingBy(row -> (String) row.get("table_name"), LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row.get("column_name"), Collectors.toList())));
        return count(columns, column -> "\"" + column + "\" = ?", person);
    }

    private Map<String, Long> count(Map<String, List<String>> columns, Function<String, String> matches, Object value) {
        Map<String, Long> found = new LinkedHashMap<>();
        columns.forEach((table, names) -> {
            Long rows = jdbc.queryForObject("select count(*) from \"" + table + "\" where "
                            + names.stream().map(matches).collect(Collectors.joining(" or ")), Long.class,
                    names.stream().map(name -> value).toArray());
            if (rows != null && rows > 0) {
                found.put(table, rows);
            }
        });
        return found;
    }

    /** Each section of the export by its key, as the JSON the person downloads. */
    private Map<String, String> sections(PersonalDataExport export) {
        return export.heldElsewhere().stream().collect(Collectors.toMap(PersonalDataSection::key,
                section -> json.writeValueAsString(section)));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
