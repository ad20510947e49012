package nl.werkmotor.bench.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.werkmotor.bench.EscoLabelFiles;
import nl.werkmotor.engine.match.Occupation;
import nl.werkmotor.engine.match.SkillGraph;

/**
 * The real ESCO v1.1.1 as the engine sees it, read straight from the shared CSV files: skills (dense
 * ids in file order) with their hierarchy (skill → broader skill only; skill groups are not skills)
 * and skill–skill relations, and occupations (dense ids in file order, which is by URI and so says
 * nothing about any target) with essential and optional skills and ISCO-08 unit group. Specificity
 * is the IDF of a skill over the occupations that use it, as the application sets it.
 *
 * @param occupations one per id, {@code occupations.get(i).id() == i}
 */
public record EscoWorld(List<String> skillUris, SkillGraph graph, List<Occupation> occupations,
                        List<String> occupationUris) {

    public static EscoWorld read(Path data) {
        Path en = data.resolve("esco-v1.1.1-en");
        Map<String, Integer> skills = new HashMap<>();
        List<String> skillUris = new ArrayList<>();
        EscoLabelFiles.rows(en.resolve("skills_en.csv.gz"), 0, row -> {
            String uri = row.get("conceptUri").strip();
            if (skills.putIfAbsent(uri, skillUris.size()) == null) {
                skillUris.add(uri);
            }
        });
        Map<String, Integer> occupationIds = new HashMap<>();
        List<String> occupationUris = new ArrayList<>();
        List<Integer> isco = new ArrayList<>();
        EscoLabelFiles.rows(en.resolve("occupations_en.csv.gz"), 0, row -> {
            String uri = row.get("conceptUri").strip();
            if (occupationIds.putIfAbsent(uri, occupationUris.size()) == null) {
                occupationUris.add(uri);
                String code = row.get("iscoGroup").strip();
                isco.add(code.isEmpty() ? -1 : Integer.parseInt(code));
            }
        });
        List<List<Integer>> essential = lists(occupationUris.size());
        List<List<Integer>> optional = lists(occupationUris.size());
        int[] users = new int[skillUris.size()];
        EscoLabelFiles.rows(en.resolve("occupationSkillRelations.csv.gz"), 0, row -> {
            Integer occupation = occupationIds.get(row.get("occupationUri").strip());
            Integer skill = skills.get(row.get("skillUri").strip());
            if (occupation != null && skill != null) {
                ("essential".equals(row.get("relationType").strip()) ? essential : optional).get(occupation).add(skill);
                users[skill]++;
            }
        });
        SkillGraph.Builder graph = SkillGraph.builder(skillUris.size());
        EscoLabelFiles.rows(en.resolve("broaderRelationsSkillPillar.csv.gz"), 0, row -> {
            Integer skill = skills.get(row.get("conceptUri").strip());
            Integer broader = skills.get(row.get("broaderUri").strip());
            if (skill != null && broader != null) {
                graph.broader(skill, broader);
            }
        });
        EscoLabelFiles.rows(en.resolve("skillSkillRelations.csv.gz"), 0, row -> {
            Integer skill = skills.get(row.get("originalSkillUri").strip());
            Integer related = skills.get(row.get("relatedSkillUri").strip());
            if (skill != null && related != null) {
                graph.related(skill, related);
            }
        });
        graph.specificityFromUsage(users, occupationUris.size());
        List<Occupation> occupations = new ArrayList<>(occupationUris.size());
        for (int id = 0; id < occupationUris.size(); id++) {
            occupations.add(new Occupation(id, essential.get(id), optional.get(id), isco.get(id)));
        }
        return new EscoWorld(List.copyOf(skillUris), graph.build(), List.copyOf(occupations), List.copyOf(occupationUris));
    }

    private static List<List<Integer>> lists(int size) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
