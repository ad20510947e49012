package nl.werkmotor.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.werkmotor.taxonomy.internal.CsvRows.Row;
import nl.werkmotor.taxonomy.internal.EscoFiles.EscoFile;
import nl.werkmotor.taxonomy.internal.TaxonomyData.Concept;

/**
 * Reads the ESCO CSV package (English complete, Dutch and the Dutch crosswalks where present) into a
 * checked {@link TaxonomyData}. Every reference from a relation to a concept is checked, except the
 * one ESCO itself breaks: v1.1.1 relates 67 skills to an occupation its occupations file lacks, and
 * those rows are kept (and counted) so the relation count stays ESCO's.
 */
public final class EscoReader {

    static final Set<String> RELATION_TYPES = Set.of("essential", "optional");
    static final Set<String> SKILL_TYPES = Set.of("skill/competence", "knowledge");
    static final Set<String> REUSE_LEVELS = Set.of("transversal", "cross-sector", "sector-specific", "occupation-specific");
    static final Set<String> CROSSWALK_LABELS = Set.of("skos:exactMatch", "skos:closeMatch");
    static final Set<String> CROSSWALK_WEAK = Set.of("skos:broadMatch", "skos:narrowMatch");
    static final String SKILL_URI_PREFIX = "http://data.europa.eu/esco/skill/";
    private static final int CROSSWALK_METADATA_LINES = 16;
    private static final Pattern NEWLINE = Pattern.compile("\\R");
    private static final Pattern NEWLINE_OR_BAR = Pattern.compile("\\R| \\| ");

    private final EscoFiles files;
    private final TaxonomyData data = new TaxonomyData();

    private EscoReader(EscoFiles files) {
        this.files = files;
    }

    public static TaxonomyData read(EscoFiles files) {
        EscoReader reader = new EscoReader(files);
        reader.readEnglish();
        reader.readDutch();
        reader.readCrosswalks();
        return reader.data;
    }

    private void readEnglish() {
        CsvRows.read(files.require("ISCOGroups_en"), 0, List.of("conceptUri", "code", "preferredLabel", "description"), row -> {
            Concept c = newConcept(data.iscoGroups, row);
            c.code = row.required("code");
            c.labelEn = row.required("preferredLabel");
            c.descriptionEn = row.get("description");
        });
        Set<String> iscoCodes = new HashSet<>();
        data.iscoGroups.values().forEach(c -> iscoCodes.add(c.code));

        CsvRows.read(files.require("occupations_en"), 0, List.of("conceptUri", "iscoGroup", "preferredLabel", "altLabels",
                "hiddenLabels", "description", "code"), row -> {
                    Concept c = newConcept(data.occupations, row);
                    c.iscoCode = row.required("iscoGroup");
                    if (!iscoCodes.contains(c.iscoCode)) {
                        throw row.refuse("ISCO-groep " + c.iscoCode + " staat niet in ISCOGroups_en",
                                "ISCO group " + c.iscoCode + " is not in ISCOGroups_en");
                    }
                    c.code = row.required("code");
                    c.labelEn = row.required("preferredLabel");
                    c.descriptionEn = row.get("description");
                    labels(c.uri, "occupation", "en", row, "altLabels", "hiddenLabels", NEWLINE);
                });

        CsvRows.read(files.require("skills_en"), 0, List.of("conceptUri", "skillType", "reuseLevel", "preferredLabel",
                "altLabels", "hiddenLabels", "description"), row -> {
                    Concept c = newConcept(data.skills, row);
                    c.skillType = oneOf(row, "skillType", SKILL_TYPES);
                    c.reuseLevel = oneOf(row, "reuseLevel", REUSE_LEVELS);
                    c.labelEn = row.required("preferredLabel");
                    c.descriptionEn = row.get("description");
                    labels(c.uri, "skill", "en", row, "altLabels", "hiddenLabels", NEWLINE);
                });

        CsvRows.read(files.require("skillGroups_en"), 0, List.of("conceptUri", "preferredLabel", "description", "code"), row -> {
            Concept c = newConcept(data.skillGroups, row);
            c.code = row.get("code");
            c.labelEn = row.required("preferredLabel");
            c.descriptionEn = row.get("description");
        });
        data.skillGroupsInFile = data.skillGroups.size();
        readHierarchy(files.require("skillsHierarchy_en"), true);

        readBroader(files.require("broaderRelationsOccPillar"), Map.of("Occupation", data.occupations, "ISCOGroup", data.iscoGroups));
        readBroader(files.require("broaderRelationsSkillPillar"),
                Map.of("KnowledgeSkillCompetence", data.skills, "SkillGroup", data.skillGroups));
        readOccupationSkills();
        readSkillRelations();
        readCollections();
    }

    /** Adds the groups only the hierarchy names (seven in v1.1.1) and the labels in {@code Dutch} it gives. */
    private void readHierarchy(EscoFile file, boolean english) {
        List<String> columns = new ArrayList<>();
        for (int level = 0; level < 4; level++) {
            columns.add("Level " + level + " URI");
            columns.add("Level " + level + " preferred term");
        }
        CsvRows.read(file, 0, true, columns, row -> {
            for (int level = 0; level < 4; level++) {
                String uri = row.get("Level " + level + " URI");
                if (uri == null) {
                    continue;
                }
                String term = row.get("Level " + level + " preferred term");
                Concept c = data.skillGroups.get(uri);
                if (c == null && english) {
                    c = new Concept(uri);
                    c.labelEn = term == null ? uri : term;
                    c.code = row.get("Level " + level + " code");
                    data.skillGroups.put(uri, c);
                } else if (c != null && !english && c.labelNl == null) {
                    c.labelNl = term;
                }
            }
        });
    }

    private void readBroader(EscoFile file, Map<String, Map<String, Concept>> kinds) {
        Set<String> seen = new HashSet<>();
        Set<String> unknownOccupations = new TreeSet<>();
        CsvRows.read(file, 0, List.of("conceptType", "conceptUri", "broaderType", "broaderUri"), row -> {
            String kind = existing(row, "conceptType", "conceptUri", kinds, unknownOccupations);
            String broaderKind = existing(row, "broaderType", "broaderUri", kinds, unknownOccupations);
            String uri = row.get("conceptUri");
            String broader = row.get("broaderUri");
            if (!seen.add(uri + ' ' + broader)) {
                throw row.refuse("dubbele relatie " + uri + " -> " + broader, "duplicate relation " + uri + " -> " + broader);
            }
            data.broaderRelations.add(new String[] {uri, kind, broader, broaderKind});
        });
        if (!unknownOccupations.isEmpty()) {
            data.warnings.add(file.stem() + ": broader relations name occupations missing from occupations_en (kept): "
                    + unknownOccupations);
        }
    }

    /**
     * The kind of the concept in the given columns, which must exist; an unknown occupation is kept
     * and noted, as ESCO v1.1.1 relates one that its occupations file lacks.
     */
    private static String existing(Row row, String typeColumn, String uriColumn, Map<String, Map<String, Concept>> kinds,
            Set<String> unknownOccupations) {
        String kind = row.required(typeColumn);
        Map<String, Concept> concepts = kinds.get(kind);
        if (concepts == null) {
            throw row.refuse("onbekend soort begrip '" + kind + "' in " + typeColumn + " (verwacht: " + kinds.keySet() + ")",
                    "unknown concept type '" + kind + "' in " + typeColumn + " (expected: " + kinds.keySet() + ")");
        }
        String uri = row.required(uriColumn);
        if (!concepts.containsKey(uri)) {
            if (kind.equals("Occupation")) {
                unknownOccupations.add(uri);
            } else {
                throw row.refuse(uriColumn + " " + uri + " (" + kind + ") bestaat niet in deze taxonomie",
                        uriColumn + " " + uri + " (" + kind + ") does not exist in this taxonomy");
            }
        }
        return kind;
    }

    private void readOccupationSkills() {
        Set<String> seen = new HashSet<>();
        Set<String> unknownOccupations = new TreeSet<>();
        CsvRows.read(files.require("occupationSkillRelations"), 0, List.of("occupationUri", "relationType", "skillUri"), row -> {
            String occupation = row.required("occupationUri");
            String skill = knownSkill(row, "skillUri");
            String relation = oneOf(row, "relationType", RELATION_TYPES);
            if (relation == null) {
                throw row.refuse("verplicht veld 'relationType' is leeg", "required field 'relationType' is empty");
            }
            if (!seen.add(occupation + ' ' + skill)) {
                throw row.refuse("dubbele relatie " + occupation + " - " + skill, "duplicate relation " + occupation + " - " + skill);
            }
            if (!data.occupations.containsKey(occupation)) {
                data.relationsWithUnknownOccupation++;
                unknownOccupations.add(occupation);
            }
            data.occupationSkills.add(new String[] {occupation, skill, relation});
        });
        if (data.relationsWithUnknownOccupation > 0) {
            data.warnings.add("occupationSkillRelations: " + data.relationsWithUnknownOccupation
                    + " relations name an occupation missing from occupations_en (kept, as ESCO publishes them): "
                    + unknownOccupations);
        }
    }

    private void readSkillRelations() {
        Set<String> seen = new HashSet<>();
        CsvRows.read(files.require("skillSkillRelations"), 0, List.of("originalSkillUri", "relationType", "relatedSkillUri"), row -> {
            String skill = knownSkill(row, "originalSkillUri");
            String related = knownSkill(row, "relatedSkillUri");
            String relation = oneOf(row, "relationType", RELATION_TYPES);
            if (relation == null) {
                throw row.refuse("verplicht veld 'relationType' is leeg", "required field 'relationType' is empty");
            }
            if (seen.add(skill + ' ' + related)) {
                data.skillRelations.add(new String[] {skill, related, relation});
            }
        });
    }

    private void readCollections() {
        for (EscoFile file : files.collections()) {
            // digitalSkillsCollection_en -> digital, researchOccupationsCollection_en -> research
            String collection = file.stem().substring(0, file.stem().length() - "Collection_en".length())
                    .replaceFirst("(Skills|Occupations)$", "").toLowerCase();
            Set<String> seen = new HashSet<>();
            CsvRows.read(file, 0, List.of("conceptUri"), row -> {
                String uri = row.required("conceptUri");
                if (!data.skills.containsKey(uri) && !data.occupations.containsKey(uri)) {
                    throw row.refuse("conceptUri " + uri + " bestaat niet in deze taxonomie",
                            "conceptUri " + uri + " does not exist in this taxonomy");
                }
                if (seen.add(uri)) {
                    data.collectionMembers.add(new String[] {collection, uri});
                }
            });
        }
    }

    private void readDutch() {
        files.find("ISCOGroups_nl").ifPresent(file -> CsvRows.read(file, 0, List.of("conceptUri", "preferredLabel", "description"),
                row -> dutch(data.iscoGroups, row).ifPresent(c -> {
                    c.labelNl = row.get("preferredLabel");
                    c.descriptionNl = row.get("description");
                })));
        files.find("occupations_nl").ifPresent(file -> CsvRows.read(file, 0, List.of("conceptUri", "preferredLabel", "altLabels",
                "hiddenLabels", "description"), row -> dutch(data.occupations, row).ifPresent(c -> {
                    c.labelNl = row.get("preferredLabel");
                    c.descriptionNl = row.get("description");
                    labels(c.uri, "occupation", "nl", row, "altLabels", "hiddenLabels", NEWLINE);
                })));
        var fullSkills = files.find("skills_nl");
        if (fullSkills.isPresent()) {
            CsvRows.read(fullSkills.get(), 0, List.of("conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "description"),
                    row -> dutch(data.skills, row).ifPresent(c -> {
                        c.labelNl = row.get("preferredLabel");
                        c.descriptionNl = row.get("description");
                        labels(c.uri, "skill", "nl", row, "altLabels", "hiddenLabels", NEWLINE);
                    }));
        } else {
            // Derived file (see the nl README): one row per skill, Dutch fields empty where no label was
            // found; its altLabels_nl come from the collections, which separate them with " | ".
            files.find("skills_nl_partial").ifPresent(file -> CsvRows.read(file, 0,
                    List.of("conceptUri", "preferredLabel_nl", "altLabels_nl", "description_nl"),
                    row -> dutch(data.skills, row).filter(c -> row.get("preferredLabel_nl") != null).ifPresent(c -> {
                        c.labelNl = row.get("preferredLabel_nl");
                        c.descriptionNl = row.get("description_nl");
                        labels(c.uri, "skill", "nl", row, "preferredLabel_nl", "altLabels_nl", "", NEWLINE_OR_BAR);
                    })));
        }
        files.find("skillGroups_nl").ifPresent(file -> CsvRows.read(file, 0, List.of("conceptUri", "preferredLabel", "description"),
                row -> dutch(data.skillGroups, row).ifPresent(c -> {
                    c.labelNl = row.get("preferredLabel");
                    c.descriptionNl = row.get("description");
                })));
        files.find("skillsHierarchy_nl").ifPresent(file -> readHierarchy(file, false));
        if (data.dutchRowsUnknownConcept > 0) {
            data.warnings.add(data.dutchRowsUnknownConcept + " Dutch rows name a concept missing from the English files (skipped)");
        }
    }

    /** The concept a Dutch row adds to; Dutch rows for concepts the English package lacks are skipped. */
    private Optional<Concept> dutch(Map<String, Concept> concepts, Row row) {
        Concept c = concepts.get(row.required("conceptUri"));
        if (c == null) {
            data.dutchRowsUnknownConcept++;
        }
        return Optional.ofNullable(c);
    }

    /**
     * Crosswalk titles become Dutch surface forms only for exact and close matches: a broad or narrow
     * match names a different concept (e.g. "Importeur" for "wholesale merchant"), so as a label it
     * would make search find the wrong occupation. Those rows are counted, not stored.
     */
    private void readCrosswalks() {
        files.find("NL_mapping_esco_dutch_noc").ifPresent(file -> CsvRows.read(file, CROSSWALK_METADATA_LINES,
                List.of("Classification 1 URI", "Classification 2 PrefLabel", "Mapping relation"),
                row -> crosswalk(row, row.required("Classification 1 URI"), "Classification 2 PrefLabel", "Mapping relation")));
        files.find("esco_vdab_competences_nl").ifPresent(file -> CsvRows.read(file, CROSSWALK_METADATA_LINES,
                List.of("Classification 1 URI", "Classification 2 PrefLabel NL", "Mapping Relation"), row -> {
                    String id = row.required("Classification 1 URI");
                    crosswalk(row, id.startsWith("http") ? id : SKILL_URI_PREFIX + id, "Classification 2 PrefLabel NL",
                            "Mapping Relation");
                }));
        if (data.crosswalkRowsUnknownConcept > 0) {
            data.warnings.add("crosswalks: " + data.crosswalkRowsUnknownConcept
                    + " rows name a concept that is not in this taxonomy (skipped)");
        }
    }

    private void crosswalk(Row row, String uri, String labelColumn, String relationColumn) {
        String relation = row.required(relationColumn);
        if (!CROSSWALK_LABELS.contains(relation) && !CROSSWALK_WEAK.contains(relation)) {
            throw row.refuse("onbekende relatie '" + relation + "'", "unknown mapping relation '" + relation + "'");
        }
        String kind = data.occupations.containsKey(uri) ? "occupation" : data.skills.containsKey(uri) ? "skill" : null;
        if (kind == null) {
            data.crosswalkRowsUnknownConcept++;
        } else if (CROSSWALK_WEAK.contains(relation)) {
            data.crosswalkRowsBroadOrNarrow++;
        } else {
            data.label(uri, kind, "nl", "crosswalk", row.get(labelColumn));
        }
    }

    private Concept newConcept(Map<String, Concept> concepts, Row row) {
        String uri = row.required("conceptUri");
        Concept c = new Concept(uri);
        if (concepts.putIfAbsent(uri, c) != null) {
            throw row.refuse("begrip " + uri + " staat er twee keer in", "concept " + uri + " appears twice");
        }
        return c;
    }

    private String knownSkill(Row row, String column) {
        String uri = row.required(column);
        if (!data.skills.containsKey(uri)) {
            throw row.refuse(column + " " + uri + " staat niet in skills_en", column + " " + uri + " is not in skills_en");
        }
        return uri;
    }

    private static String oneOf(Row row, String column, Set<String> allowed) {
        String value = row.get(column);
        if (value != null && !allowed.contains(value)) {
            throw row.refuse("onbekende waarde '" + value + "' in " + column + " (toegestaan: " + allowed + ")",
                    "unknown value '" + value + "' in " + column + " (allowed: " + allowed + ")");
        }
        return value;
    }

    private void labels(String uri, String kind, String lang, Row row, String altColumn, String hiddenColumn, Pattern split) {
        labels(uri, kind, lang, row, "preferredLabel", altColumn, hiddenColumn, split);
    }

    private void labels(String uri, String kind, String lang, Row row, String preferredColumn, String altColumn,
            String hiddenColumn, Pattern split) {
        data.label(uri, kind, lang, "preferred", row.get(preferredColumn));
        splitInto(uri, kind, lang, "alternative", row.get(altColumn), split);
        if (!hiddenColumn.isEmpty()) {
            splitInto(uri, kind, lang, "hidden", row.get(hiddenColumn), split);
        }
    }

    private void splitInto(String uri, String kind, String lang, String type, String values, Pattern split) {
        if (values != null) {
            for (String value : split.split(values)) {
                data.label(uri, kind, lang, type, value);
            }
        }
    }
}
