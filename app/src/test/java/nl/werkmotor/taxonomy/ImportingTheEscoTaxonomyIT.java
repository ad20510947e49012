package nl.werkmotor.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.platform.CommandLine;

@WerkmotorTest
@RecordApplicationEvents
class ImportingTheEscoTaxonomyIT {

    /** Every table the import replaces, in a stable order, to compare whole contents. */
    private static final String FINGERPRINT = """
            select md5(string_agg(t, '|' order by t)) from (
              select 'i' || uri || code || label_en || coalesce(label_nl, '') || coalesce(description_nl, '') as t from isco_group
              union all select 'o' || uri || code || isco_code || label_en || coalesce(label_nl, '') || coalesce(description_en, '') from occupation
              union all select 's' || uri || coalesce(skill_type, '') || coalesce(reuse_level, '') || label_en || coalesce(label_nl, '') from skill
              union all select 'g' || uri || coalesce(code, '') || label_en || coalesce(label_nl, '') from skill_group
              union all select 'r' || occupation_uri || skill_uri || relation from occupation_skill
              union all select 'b' || concept_uri || broader_uri || broader_kind from broader_relation
              union all select 'k' || skill_uri || related_skill_uri || relation_type from skill_relation
              union all select 'c' || collection || concept_uri from collection_member
              union all select 'l' || concept_uri || lang || label_type || label from concept_label) all_rows""";

    @Autowired
    ImportingTaxonomy importing;
    @Autowired
    FindOccupation findOccupation;
    @Autowired
    FindSkill findSkill;
    @Autowired
    FindTaxonomyVersion findVersion;
    @Autowired
    CommandLine commandLine;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path tmp;

    @BeforeEach
    void importEsco() {
        RealEsco.ensureImported(importing, jdbc);
    }

    @Test
    void importsAllOfEscoV111() {
        assertThat(count("occupation")).isEqualTo(3_007);
        assertThat(count("skill")).isEqualTo(13_896);
        assertThat(count("occupation_skill")).as("ESCO's 67 relations to a missing occupation are kept").isEqualTo(123_855);
        assertThat(count("isco_group")).isEqualTo(619);
        assertThat(count("skill_group")).as("640 from the file, 7 only in the hierarchy").isEqualTo(647);
        assertThat(jdbc.queryForObject("select count(*) from concept_label where label_type = 'crosswalk'", Integer.class))
                .isPositive();
        assertThat(findVersion.isEmpty()).isFalse();
        assertThat(findVersion.currentVersion()).hasValueSatisfying(v -> {
            assertThat(v.version()).isEqualTo("v1.1.1");
            assertThat(v.occupations()).isEqualTo(3_007);
            assertThat(v.skills()).isEqualTo(13_896);
            assertThat(v.occupationSkillRelations()).isEqualTo(123_855);
        });
    }

    @Test
    void showsTheBusDriverInDutchWithItsIscoGroups() {
        Occupation bus = findOccupation.byId(UUID.fromString(RealEsco.BUS_DRIVER), Language.NL).orElseThrow();

        assertThat(bus.label()).isEqualTo(new Label("buschauffeur", "nl", false));
        assertThat(bus.labelEn()).isEqualTo("bus driver");
        assertThat(bus.alternativeLabels()).contains("busbestuurder");
        assertThat(bus.iscoGroup().code()).isEqualTo("8331");
        assertThat(bus.iscoGroup().label().text()).isEqualTo("Buschauffeurs en trambestuurders");
        assertThat(bus.broaderIscoGroups()).extracting(Occupation.IscoGroup::code).containsExactly("833", "83", "8");
        assertThat(bus.narrowerOccupations()).extracting(o -> o.label().text()).contains("trolleybuschauffeur");
        assertThat(bus.broaderOccupations()).isEmpty();
        assertThat(bus.essentialSkills()).isNotEmpty();
        assertThat(bus.optionalSkills()).isNotEmpty();
        assertThat(bus.description().lang()).isEqualTo("nl");
    }

    @Test
    void marksTheEnglishLabelOfASkillWithoutDutchAsAFallback() {
        String uri = jdbc.queryForObject("select uri from skill where label_nl is null order by uri limit 1", String.class);

        Skill skill = findSkill.byUri(uri, Language.NL).orElseThrow();

        assertThat(skill.label().lang()).isEqualTo("en");
        assertThat(skill.label().fallback()).isTrue();
        assertThat(skill.label().text()).isEqualTo(skill.labelEn());
        assertThat(findSkill.byUri(uri, Language.EN).orElseThrow().label().fallback()).isFalse();
    }

    @Test
    void showsASkillWithItsHierarchyRelationsAndOccupations() {
        // computer programming: Dutch label, parent groups, and needed by software developers
        Skill skill = findSkill.byId(UUID.fromString("21d2f96d-35f7-4e3f-9745-c533d2dd6e97"), Language.NL).orElseThrow();

        assertThat(skill.label()).isEqualTo(new Label("computerprogrammering", "nl", false));
        assertThat(skill.skillType()).isEqualTo("knowledge");
        assertThat(skill.broaderPaths()).isNotEmpty().allSatisfy(path -> {
            assertThat(path.getFirst().kind()).as("every chain starts at the top of the pillar").isEqualTo("SkillGroup");
            assertThat(path.getFirst().code()).isNotBlank();
        });
        assertThat(skill.narrowerSkills()).as("the programming languages").isNotEmpty();
        assertThat(skill.essentialFor()).extracting(o -> o.label().text()).contains("software ontwikkelaar");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing(ApplicationEvents events) {
        String before = jdbc.queryForObject(FINGERPRINT, String.class);
        int labels = count("concept_label");

        TaxonomyImportResult result = importing.importTaxonomy(new ImportTaxonomyCommand(RealEsco.sources()));

        assertThat(result.occupations()).isEqualTo(3_007);
        assertThat(result.skills()).isEqualTo(13_896);
        assertThat(result.occupationSkillRelations()).isEqualTo(123_855);
        assertThat(result.summary()).startsWith("ESCO v1.1.1 imported in ");
        assertThat(jdbc.queryForObject(FINGERPRINT, String.class)).isEqualTo(before);
        assertThat(count("concept_label")).isEqualTo(labels);
        assertThat(jdbc.queryForObject("select count(*) from taxonomy_import where is_current", Integer.class)).isEqualTo(1);
        assertThat(events.stream(TaxonomyImported.class))
                .containsExactly(new TaxonomyImported("v1.1.1", 3_007, 13_896, 123_855, result.labels()));
    }

    @Test
    void refusesATruncatedSkillsFileAndKeepsThePreviousTaxonomy() throws IOException {
        Path english = copyOfEnglish();
        try (var in = new GZIPInputStream(Files.newInputStream(RealEsco.sharedData().resolve("esco-v1.1.1-en/skills_en.csv.gz")));
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(english.resolve("skills_en.csv.gz")))) {
            out.write(in.readNBytes(3_000_000));
        }
        var before = findVersion.currentVersion().orElseThrow();

        assertThatThrownBy(() -> importing.importTaxonomy(new ImportTaxonomyCommand(List.of(english))))
                .isInstanceOfSatisfying(TaxonomyImportRefused.class, e -> {
                    assertThat(e.file()).isEqualTo("skills_en.csv.gz");
                    assertThat(e.line()).isGreaterThan(1);
                    assertThat(e.getMessage()).startsWith("skills_en.csv.gz, regel/line " + e.line() + ": ");
                });

        assertThat(count("skill")).isEqualTo(13_896);
        assertThat(count("occupation_skill")).isEqualTo(123_855);
        assertThat(findVersion.currentVersion()).contains(before);
    }

    @Test
    void rollsBackWhenTheDatabaseFailsHalfwayAndKeepsThePreviousTaxonomy() throws IOException {
        // concept_label is written last, after every other table was emptied and refilled
        jdbc.execute("""
                create function fail_on_boom() returns trigger language plpgsql as $$
                begin if new.label = 'boom' then raise exception 'boom'; end if; return new; end $$""");
        jdbc.execute("create trigger fail_on_boom before insert on concept_label for each row execute function fail_on_boom()");
        String before = jdbc.queryForObject(FINGERPRINT, String.class);
        try {
            TinyEscoPackage tiny = new TinyEscoPackage();
            tiny.with("occupations_nl.csv", tiny.content("occupations_nl.csv").replace("busbestuurder", "boom"));
            Path source = tiny.writeTo(tmp.resolve("esco-v9.9.9-en"));

            assertThatThrownBy(() -> importing.importTaxonomy(new ImportTaxonomyCommand(List.of(source))))
                    .hasMessageContaining("boom");
        } finally {
            jdbc.execute("drop trigger fail_on_boom on concept_label");
            jdbc.execute("drop function fail_on_boom()");
        }
        assertThat(jdbc.queryForObject(FINGERPRINT, String.class)).isEqualTo(before);
        assertThat(findVersion.currentVersion()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo("v1.1.1"));
    }

    @Test
    void theCommandExplainsARefusalInOneParagraphWithoutAStackTrace() throws IOException {
        Path english = copyOfEnglish();
        Files.delete(english.resolve("occupationSkillRelations.csv.gz"));
        var err = new ByteArrayOutputStream();
        var out = new ByteArrayOutputStream();

        int exit = commandLine.run("import-taxonomy", List.of(english.toString()), new PrintStream(out), new PrintStream(err));

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(message).contains("occupationSkillRelations.csv", "ontbreekt", "is missing", "previous taxonomy stays")
                .doesNotContain("Exception", "\tat ");
        assertThat(count("occupation")).isEqualTo(3_007);
    }

    @Test
    void theCommandFindsTheDevelopmentSourcesBesideEachOther() {
        assertThat(ImportTaxonomyCommandLine.developmentSources(RealEsco.sharedData()))
                .containsExactlyElementsOf(RealEsco.sources());
    }

    private Path copyOfEnglish() throws IOException {
        Path english = Files.createDirectories(tmp.resolve("esco-v1.1.1-en"));
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(RealEsco.sharedData().resolve("esco-v1.1.1-en"))) {
            list.forEach(files::add);
        }
        for (Path file : files) {
            Files.copy(file, english.resolve(file.getFileName()));
        }
        return english;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
