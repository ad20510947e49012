package nl.werkmotor.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.werkmotor.taxonomy.internal.EscoFiles;
import nl.werkmotor.taxonomy.internal.EscoReader;
import nl.werkmotor.taxonomy.internal.TaxonomyData;

/**
 * Reads an ESCO CSV package straight from its files, checked as an import checks them, into the
 * same read models the database gives ({@link SkillNetwork}, {@link OccupationProfile}): for batch
 * commands that run offline on a package that was never imported ({@code --esco DIR}).
 */
public final class ReadingEscoPackage {

    private static final String SKILL = "KnowledgeSkillCompetence";

    private ReadingEscoPackage() {
    }

    private static boolean holdsPackages(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().matches("esco-v[0-9.]+-en"));
        } catch (IOException e) {
            return false; // not a readable folder: EscoFiles says what is wrong with it
        }
    }

    /** One package's skills and occupations. */
    public record EscoPackage(SkillNetwork skills, List<OccupationProfile> occupations) {
    }

    /**
     * @param source a development folder (holding {@code esco-v*-en}, as {@code ../shared/data}), or
     *               the English package itself, as a directory or zip
     * @throws TaxonomyImportRefused when a file is missing or broken, naming file and line
     */
    public static EscoPackage read(Path source) {
        TaxonomyData data = data(source);
        List<SkillNetwork.Node> skills = data.skills.values().stream()
                .map(c -> new SkillNetwork.Node(c.uri, c.labelEn, c.labelNl))
                .sorted(Comparator.comparing(SkillNetwork.Node::uri)).toList();
        List<SkillNetwork.Link> broader = new ArrayList<>();
        for (String[] r : data.broaderRelations) { // {concept, kind, broader, broader kind}
            if (r[1].equals(SKILL) && r[3].equals(SKILL)) {
                broader.add(new SkillNetwork.Link(r[0], r[2]));
            }
        }
        List<SkillNetwork.Link> related = data.skillRelations.stream()
                .map(r -> new SkillNetwork.Link(r[0], r[1])).toList();
        Map<String, List<List<String>>> skillsOf = new LinkedHashMap<>();
        for (String[] r : data.occupationSkills) { // {occupation, skill, relation}
            List<List<String>> both = skillsOf.computeIfAbsent(r[0], o -> List.of(new ArrayList<>(), new ArrayList<>()));
            both.get(r[2].equals("essential") ? 0 : 1).add(r[1]);
        }
        List<OccupationProfile> occupations = data.occupations.values().stream()
                .sorted(Comparator.comparing(c -> c.uri))
                .map(c -> {
                    List<List<String>> both = skillsOf.getOrDefault(c.uri, List.of(List.of(), List.of()));
                    return new OccupationProfile(c.uri, c.iscoCode, c.labelEn, c.labelNl, both.get(0), both.get(1));
                }).toList();
        return new EscoPackage(new SkillNetwork(skills, broader, related), occupations);
    }

    /** Everything an import would store, read and checked from the files (also the labels, for text search). */
    static TaxonomyData data(Path source) {
        List<Path> sources = holdsPackages(source) ? ImportTaxonomyCommandLine.developmentSources(source)
                : List.of(source);
        try (EscoFiles files = EscoFiles.of(sources)) {
            return EscoReader.read(files);
        }
    }
}
