package nl.werkmotor.taxonomy.internal;

import static nl.werkmotor.taxonomy.TinyEscoPackage.BUS_DRIVER;
import static nl.werkmotor.taxonomy.TinyEscoPackage.DRIVE;
import static nl.werkmotor.taxonomy.TinyEscoPackage.GROUP;
import static nl.werkmotor.taxonomy.TinyEscoPackage.ROUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmotor.taxonomy.TaxonomyImportRefused;
import nl.werkmotor.taxonomy.TinyEscoPackage;

class ReadingTheEscoPackageTest {

    @TempDir
    Path tmp;

    @Test
    void readsEveryPartOfATinyPackage() throws IOException {
        TaxonomyData data = read(new TinyEscoPackage().writeTo(tmp.resolve("esco-v1.1.1-en")));

        assertThat(data.iscoGroups).hasSize(2);
        assertThat(data.occupations).hasSize(2);
        assertThat(data.occupations.get(BUS_DRIVER).labelNl).isEqualTo("buschauffeur");
        assertThat(data.occupations.get(BUS_DRIVER).iscoCode).isEqualTo("8331");
        assertThat(data.skills).hasSize(3);
        assertThat(data.skills.get(DRIVE).labelNl).isEqualTo("voertuigen besturen");
        assertThat(data.skills.get(ROUTES).labelNl).as("empty Dutch label stays missing").isNull();
        assertThat(data.skillGroups.get(GROUP).code).isEqualTo("S8.2");
        assertThat(data.occupationSkills).hasSize(5);
        assertThat(data.relationsWithUnknownOccupation).as("ESCO's quirk is kept, not refused").isEqualTo(1);
        assertThat(data.warnings).anyMatch(w -> w.contains("00000000-0000-0000-0000-0000000000ff"));
        assertThat(data.broaderRelations).hasSize(6);
        assertThat(data.skillRelations).hasSize(1);
        assertThat(data.collectionMembers).containsExactly(new String[] {"transversal", DRIVE});
    }

    @Test
    void keepsEverySurfaceFormOnceWithItsTypeAndLanguage() throws IOException {
        TaxonomyData data = read(new TinyEscoPackage().writeTo(tmp.resolve("en")));

        assertThat(labels(data, BUS_DRIVER)).containsExactly(
                "en preferred bus driver", "en alternative coach driver", "en alternative omnibus driver",
                "en hidden busman", "nl preferred buschauffeur", "nl alternative busbestuurder",
                "nl alternative autobuschauffeur", "nl crosswalk Touringcarchauffeur");
        assertThat(labels(data, DRIVE)).contains("nl alternative voertuigen bedienen", "nl alternative rijden");
        assertThat(data.crosswalkRowsBroadOrNarrow).as("broad match is not a label").isEqualTo(1);
        assertThat(data.crosswalkRowsUnknownConcept).isEqualTo(1);
    }

    @Test
    void readsGzippedFilesAndZipsAlike() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        TaxonomyData plain = read(tiny.writeTo(tmp.resolve("plain")));
        TaxonomyData gzipped = read(tiny.writeGzippedTo(tmp.resolve("gz")));
        TaxonomyData zipped = read(tiny.writeZip(tmp.resolve("ESCO dataset - v1.1.1 - classification - en - csv.zip")));

        for (TaxonomyData data : List.of(gzipped, zipped)) {
            assertThat(data.labels).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(plain.labels);
            assertThat(data.occupationSkills).containsExactlyElementsOf(plain.occupationSkills);
        }
    }

    @Test
    void findsTheRelationsInASeparateZipInAFolderWithALanguageSuffix() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        TaxonomyData plain = read(tiny.writeTo(tmp.resolve("plain")));
        String relations = tiny.content("occupationSkillRelations.csv");
        Path classification = tiny.without("occupationSkillRelations.csv").writeZip(tmp.resolve("classification.zip"));
        Path onlyRelations = tmp.resolve("relations.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(onlyRelations))) {
            out.putNextEntry(new ZipEntry("csv/occupationSkillRelations_en.csv"));
            out.write(relations.getBytes(StandardCharsets.UTF_8));
        }

        TaxonomyData data;
        try (EscoFiles files = EscoFiles.of(List.of(classification, onlyRelations))) {
            data = EscoReader.read(files);
        }

        assertThat(data.occupationSkills).containsExactlyElementsOf(plain.occupationSkills);
    }

    @Test
    void recognisesTheVersionFromTheSourceName() throws IOException {
        Path zip = new TinyEscoPackage().writeZip(tmp.resolve("ESCO dataset - v1.2.0 - classification - en - csv.zip"));
        try (EscoFiles files = EscoFiles.of(List.of(zip))) {
            assertThat(files.recognisedVersion()).contains("v1.2.0");
        }
        Path dir = new TinyEscoPackage().writeTo(tmp.resolve("esco-v1.1.1-en"));
        try (EscoFiles files = EscoFiles.of(List.of(dir))) {
            assertThat(files.recognisedVersion()).contains("v1.1.1");
        }
    }

    @Test
    void refusesAMissingColumnNamingFileAndHeaderLine() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        tiny.with("skills_en.csv", tiny.content("skills_en.csv").replaceFirst("preferredLabel", "prefLabel"));

        assertRefused(tiny, "skills_en.csv", 1).hasMessageContaining("preferredLabel").hasMessageContaining("kolom");
    }

    @Test
    void refusesARelationToASkillThatDoesNotExist() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        tiny.with("occupationSkillRelations.csv", tiny.content("occupationSkillRelations.csv")
                .replace(TinyEscoPackage.TRAFFIC_LAW, TinyEscoPackage.SKILL + "00000000-0000-0000-0000-00000000dead"));

        assertRefused(tiny, "occupationSkillRelations.csv", 4).hasMessageContaining("00000000dead")
                .hasMessageContaining("is not in skills_en");
    }

    @Test
    void refusesABroaderRelationToAMissingSkillGroup() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        tiny.with("skillGroups_en.csv", tiny.content("skillGroups_en.csv").lines().findFirst().orElseThrow() + "\n")
                .with("skillsHierarchy_en.csv", tiny.content("skillsHierarchy_en.csv").lines().findFirst().orElseThrow());

        assertRefused(tiny, "broaderRelationsSkillPillar.csv", 2).hasMessageContaining("does not exist in this taxonomy");
    }

    @Test
    void refusesAnUnknownRelationType() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        tiny.with("occupationSkillRelations.csv", tiny.content("occupationSkillRelations.csv").replaceFirst("optional", "nice"));

        assertRefused(tiny, "occupationSkillRelations.csv", 4).hasMessageContaining("'nice'");
    }

    @Test
    void refusesARecordWithoutItsRequiredLabel() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        tiny.with("skills_en.csv", tiny.content("skills_en.csv").replace("traffic law", ""));

        assertRefused(tiny, "skills_en.csv", 5).hasMessageContaining("preferredLabel");
    }

    @Test
    void refusesAnUnterminatedQuoteAtTheLineWhereTheRecordStarts() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        String skills = tiny.content("skills_en.csv");
        tiny.with("skills_en.csv", skills.substring(0, skills.indexOf("steer vehicles")));

        assertRefused(tiny, "skills_en.csv", 2).hasMessageContaining("not closed");
    }

    @Test
    void refusesARecordCutShort() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        String skills = tiny.content("skills_en.csv");
        tiny.with("skills_en.csv", skills.substring(0, skills.indexOf("follow bus routes")));

        assertRefused(tiny, "skills_en.csv", 4).hasMessageContaining("truncated");
    }

    @Test
    void refusesATruncatedGzipFile() throws IOException {
        Path dir = new TinyEscoPackage().writeGzippedTo(tmp.resolve("gz"));
        Path skills = dir.resolve("skills_en.csv.gz");
        byte[] bytes = Files.readAllBytes(skills);
        Files.write(skills, Arrays.copyOf(bytes, bytes.length - 12));

        assertThatThrownBy(() -> read(dir)).isInstanceOfSatisfying(TaxonomyImportRefused.class,
                e -> assertThat(e.file()).isEqualTo("skills_en.csv.gz")).hasMessageContaining("truncated");
    }

    @Test
    void refusesACrosswalkRowCountingItsMetadataLines() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage();
        tiny.with("NL_mapping_esco_dutch_noc.csv", tiny.content("NL_mapping_esco_dutch_noc.csv")
                .replace("skos:broadMatch", "skos:relatedMatch"));

        assertRefused(tiny, "NL_mapping_esco_dutch_noc.csv", 19).hasMessageContaining("skos:relatedMatch");
    }

    @Test
    void refusesASourceWithoutTheEnglishPackage() throws IOException {
        TinyEscoPackage tiny = new TinyEscoPackage().without("skills_en.csv");

        assertRefused(tiny, "skills_en.csv", 0).hasMessageContaining("ontbreekt");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(TinyEscoPackage tiny, String file, long line)
            throws IOException {
        Path dir = tiny.writeTo(Files.createTempDirectory(tmp, "esco"));
        return assertThatThrownBy(() -> read(dir)).isInstanceOfSatisfying(TaxonomyImportRefused.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.getMessage()).startsWith(file + (line > 0 ? ", regel/line " + line + ": " : ": "));
        });
    }

    private static TaxonomyData read(Path source) {
        try (EscoFiles files = EscoFiles.of(List.of(source))) {
            return EscoReader.read(files);
        }
    }

    private static List<String> labels(TaxonomyData data, String uri) {
        return data.labels.stream().filter(l -> l[0].equals(uri)).map(l -> l[2] + " " + l[3] + " " + l[4]).toList();
    }
}
