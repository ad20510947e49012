package nl.werkmotor.taxonomy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hand-made ESCO package in the official format: two ISCO groups, two occupations, three skills,
 * one skill group, one occupation-skill relation to an occupation the occupations file lacks (as in
 * ESCO v1.1.1), Dutch labels for one skill, and a crosswalk. Tests change one file to break it.
 */
public final class TinyEscoPackage {

    public static final String OCC = "http://data.europa.eu/esco/occupation/";
    public static final String SKILL = "http://data.europa.eu/esco/skill/";
    public static final String BUS_DRIVER = OCC + "00000000-0000-0000-0000-000000000001";
    public static final String TRAM_DRIVER = OCC + "00000000-0000-0000-0000-000000000002";
    public static final String MISSING_OCCUPATION = OCC + "00000000-0000-0000-0000-0000000000ff";
    public static final String DRIVE = SKILL + "00000000-0000-0000-0000-000000000011";
    public static final String ROUTES = SKILL + "00000000-0000-0000-0000-000000000012";
    public static final String TRAFFIC_LAW = SKILL + "00000000-0000-0000-0000-000000000013";
    public static final String GROUP = SKILL + "00000000-0000-0000-0000-000000000021";
    private static final String CROSSWALK_METADATA = ",,\n".repeat(16);

    private final Map<String, String> files = new LinkedHashMap<>();

    public TinyEscoPackage() {
        files.put("ISCOGroups_en.csv", """
                conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description
                ISCOGroup,http://data.europa.eu/esco/isco/C8,8,Plant and machine operators,released,,,Operators.
                ISCOGroup,http://data.europa.eu/esco/isco/C8331,8331,Bus and tram drivers,released,,,Drive buses.
                """);
        files.put("occupations_en.csv", """
                conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
                Occupation,%s,8331,bus driver,"coach driver
                omnibus driver",busman,released,,,,,,"Bus drivers drive buses.",8331.1
                Occupation,%s,8331,tram driver,,,released,,,,,,Tram drivers drive trams.,8331.2
                """.formatted(BUS_DRIVER, TRAM_DRIVER));
        files.put("skills_en.csv", """
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
                KnowledgeSkillCompetence,%s,skill/competence,cross-sector,drive vehicles,"operate vehicles
                steer vehicles",,released,,,,,Drive vehicles.
                KnowledgeSkillCompetence,%s,skill/competence,occupation-specific,follow bus routes,,,released,,,,,Follow routes.
                KnowledgeSkillCompetence,%s,knowledge,sector-specific,traffic law,,,released,,,,,The rules of the road.
                """.formatted(DRIVE, ROUTES, TRAFFIC_LAW));
        files.put("skillGroups_en.csv", """
                conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code
                SkillGroup,%s,driving vehicles,,,released,,,,Driving.,S8.2
                """.formatted(GROUP));
        files.put("skillsHierarchy_en.csv", """
                Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code
                %s,driving vehicles,,,,,,,,,S8.2
                """.formatted(GROUP));
        files.put("broaderRelationsOccPillar.csv", """
                conceptType,conceptUri,broaderType,broaderUri
                ISCOGroup,http://data.europa.eu/esco/isco/C8331,ISCOGroup,http://data.europa.eu/esco/isco/C8
                Occupation,%s,ISCOGroup,http://data.europa.eu/esco/isco/C8331
                Occupation,%s,ISCOGroup,http://data.europa.eu/esco/isco/C8331
                """.formatted(BUS_DRIVER, TRAM_DRIVER));
        files.put("broaderRelationsSkillPillar.csv", """
                conceptType,conceptUri,broaderType,broaderUri
                KnowledgeSkillCompetence,%s,SkillGroup,%s
                KnowledgeSkillCompetence,%s,KnowledgeSkillCompetence,%s
                KnowledgeSkillCompetence,%s,SkillGroup,%s
                """.formatted(DRIVE, GROUP, ROUTES, DRIVE, TRAFFIC_LAW, GROUP));
        files.put("occupationSkillRelations.csv", """
                occupationUri,relationType,skillType,skillUri
                %s,essential,skill/competence,%s
                %s,essential,skill/competence,%s
                %s,optional,knowledge,%s
                %s,essential,skill/competence,%s
                %s,optional,skill/competence,%s
                """.formatted(BUS_DRIVER, DRIVE, BUS_DRIVER, ROUTES, BUS_DRIVER, TRAFFIC_LAW, TRAM_DRIVER, DRIVE,
                MISSING_OCCUPATION, DRIVE));
        files.put("skillSkillRelations.csv", """
                originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri
                %s,skill/competence,optional,knowledge,%s
                """.formatted(DRIVE, TRAFFIC_LAW));
        files.put("transversalSkillsCollection_en.csv", """
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT
                KnowledgeSkillCompetence,%s,skill/competence,cross-sector,drive vehicles,released,operate vehicles | steer vehicles,Drive.,%s,driving vehicles
                """.formatted(DRIVE, GROUP));
        files.put("occupations_nl.csv", """
                conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
                Occupation,%s,8331,buschauffeur,"busbestuurder
                autobuschauffeur",,released,,,,,,Buschauffeurs besturen bussen.,8331.1
                """.formatted(BUS_DRIVER));
        files.put("skills_nl_partial.csv", """
                conceptUri,skillType,reuseLevel,preferredLabel_en,preferredLabel_nl,altLabels_nl,description_nl,nl_source
                %s,skill/competence,cross-sector,drive vehicles,voertuigen besturen,voertuigen bedienen | rijden,Voertuigen besturen.,esco-1.1.1-nl:transversalSkillsCollection_nl
                %s,skill/competence,occupation-specific,follow bus routes,,,,
                """.formatted(DRIVE, ROUTES));
        files.put("NL_mapping_esco_dutch_noc.csv", CROSSWALK_METADATA + """
                Classification 1 URI,Classification 1 PrefLabel,Classification 1 URL,Classification 2 ID,Classification 2 PrefLabel,Classification 2 URL,Mapping relation
                %s,bus driver,,1,Touringcarchauffeur,,skos:exactMatch
                %s,bus driver,,2,Chauffeur,,skos:broadMatch
                %s,old occupation,,3,Koetsier,,skos:exactMatch
                """.formatted(BUS_DRIVER, BUS_DRIVER, OCC + "99999999-0000-0000-0000-000000000000"));
    }

    public TinyEscoPackage with(String file, String content) {
        files.put(file, content);
        return this;
    }

    public TinyEscoPackage without(String file) {
        files.remove(file);
        return this;
    }

    public String content(String file) {
        return files.get(file);
    }

    /** Writes the files as plain CSV into {@code dir}. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Writes the files gzipped, one by one, as in the development copy. */
    public Path writeGzippedTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var file : files.entrySet()) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(file.getKey() + ".gz")))) {
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return dir;
    }

    /** Writes the files as one zip of plain CSV, as the ESCO portal serves them. */
    public Path writeZip(Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
