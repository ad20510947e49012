package nl.werkmotor.taxonomy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One skill or knowledge concept of the current taxonomy, with its hierarchy, relations and occupations. */
@Component
public class FindSkill {

    public static final String URI_PREFIX = "http://data.europa.eu/esco/skill/";
    /** The skills pillar is a few levels deep; a longer chain can only be a cycle in the data. */
    private static final int MAX_DEPTH = 12;
    /** A skill sits in a handful of places; more paths would not help a reader. */
    private static final int MAX_PATHS = 20;

    private final JdbcTemplate jdbc;

    FindSkill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The skill's URI for the UUID at its end; anything else as given (to be checked, and refused, by the caller). */
    public static String uri(String id) {
        return id == null ? null : TaxonomyProblem.conceptId(id.strip()).map(uuid -> URI_PREFIX + uuid).orElse(id);
    }

    /** @param id the UUID at the end of the ESCO URI */
    public Optional<Skill> byId(UUID id, Language language) {
        return byUri(URI_PREFIX + id, language);
    }

    /** The skills among these URIs as list lines, by URI; URIs that name no skill are left out. */
    public Map<String, SkillSummary> summaries(Collection<String> uris, Language language) {
        Map<String, SkillSummary> found = new LinkedHashMap<>();
        if (!uris.isEmpty()) {
            jdbc.query("select uri, label_nl, label_en, skill_type, reuse_level from skill where uri = any(?) order by "
                            + TaxonomySql.orderByLabel("skill", language),
                    rs -> {
                        SkillSummary summary = TaxonomySql.skillSummary(rs, language);
                        found.put(summary.uri(), summary);
                    }, (Object) uris.toArray(String[]::new));
        }
        return found;
    }

    public Optional<Skill> byUri(String uri, Language language) {
        record Row(String nl, String en, String descriptionNl, String descriptionEn, String type, String reuse) {
        }
        Optional<Row> found = jdbc.query("""
                select label_nl, label_en, description_nl, description_en, skill_type, reuse_level from skill where uri = ?""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), uri).stream().findFirst();
        return found.map(s -> {
            List<SkillSummary> narrower = jdbc.query("""
                    select s.uri, s.label_nl, s.label_en, s.skill_type, s.reuse_level
                    from broader_relation b join skill s on s.uri = b.concept_uri
                    where b.broader_uri = ? order by\s""" + TaxonomySql.orderByLabel("s", language),
                    (rs, i) -> TaxonomySql.skillSummary(rs, language), uri);
            List<Skill.RelatedSkill> related = jdbc.query("""
                    select s.uri, s.label_nl, s.label_en, s.skill_type, s.reuse_level, r.relation_type, r.incoming
                    from (select related_skill_uri as other, relation_type, false as incoming from skill_relation where skill_uri = ?
                          union all
                          select skill_uri, relation_type, true from skill_relation where related_skill_uri = ?) r
                    join skill s on s.uri = r.other
                    order by r.incoming,\s""" + TaxonomySql.orderByLabel("s", language),
                    (rs, i) -> new Skill.RelatedSkill(TaxonomySql.skillSummary(rs, language), rs.getString(6),
                            rs.getBoolean(7)), uri, uri);
            List<OccupationSummary> essential = new ArrayList<>();
            List<OccupationSummary> optional = new ArrayList<>();
            jdbc.query("""
                    select o.uri, o.label_nl, o.label_en, os.relation
                    from occupation_skill os join occupation o on o.uri = os.occupation_uri
                    where os.skill_uri = ? order by\s""" + TaxonomySql.orderByLabel("o", language), rs -> {
                        OccupationSummary occupation = new OccupationSummary(rs.getString(1),
                                Label.of(language, rs.getString(2), rs.getString(3)));
                        ("essential".equals(rs.getString(4)) ? essential : optional).add(occupation);
                    }, uri);
            return new Skill(uri, Label.of(language, s.nl(), s.en()), s.nl(), s.en(),
                    Label.of(language, s.descriptionNl(), s.descriptionEn()), s.type(), s.reuse(),
                    TaxonomySql.alternativeLabels(jdbc, uri, language), broaderPaths(uri, language), narrower, related,
                    essential, optional);
        });
    }

    private List<List<Skill.Broader>> broaderPaths(String uri, Language language) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Set<String> frontier = Set.of(uri);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            Set<String> next = new LinkedHashSet<>();
            jdbc.query("""
                    select concept_uri, broader_uri, broader_kind from broader_relation
                    where concept_uri = any (?) order by concept_uri, broader_uri""", rs -> {
                        parents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                        if (kinds.putIfAbsent(rs.getString(2), rs.getString(3)) == null) {
                            next.add(rs.getString(2));
                        }
                    }, (Object) frontier.toArray(String[]::new));
            frontier = next;
        }
        Map<String, Skill.Broader> concepts = broaderConcepts(kinds, language);
        List<List<Skill.Broader>> paths = new ArrayList<>();
        collectPaths(uri, parents, concepts, new ArrayDeque<>(), paths);
        return paths;
    }

    /** Depth first up the graph; each path is written top first. */
    private static void collectPaths(String uri, Map<String, List<String>> parents, Map<String, Skill.Broader> concepts,
            Deque<Skill.Broader> below, List<List<Skill.Broader>> paths) {
        List<String> up = parents.getOrDefault(uri, List.of());
        if (up.isEmpty() || below.size() >= MAX_DEPTH) {
            if (!below.isEmpty() && paths.size() < MAX_PATHS) {
                paths.add(List.copyOf(below));
            }
            return;
        }
        for (String parent : up) {
            Skill.Broader concept = concepts.get(parent);
            if (concept == null || below.contains(concept)) {
                continue;
            }
            below.addFirst(concept);
            collectPaths(parent, parents, concepts, below, paths);
            below.removeFirst();
        }
    }

    private Map<String, Skill.Broader> broaderConcepts(Map<String, String> kinds, Language language) {
        Map<String, Skill.Broader> concepts = new LinkedHashMap<>();
        String[] uris = kinds.keySet().toArray(String[]::new);
        jdbc.query("""
                select uri, code, label_nl, label_en, 'SkillGroup' from skill_group where uri = any (?)
                union all
                select uri, null, label_nl, label_en, 'KnowledgeSkillCompetence' from skill where uri = any (?)""",
                rs -> {
                    concepts.put(rs.getString(1), new Skill.Broader(rs.getString(1), rs.getString(5), rs.getString(2),
                            Label.of(language, rs.getString(3), rs.getString(4))));
                }, uris, uris);
        return concepts;
    }
}
