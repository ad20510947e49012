package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every skill of the current taxonomy, with its labels and the links matching gives partial credit through: the
 * skill hierarchy (broader skill to narrower skill, skill groups left out: nobody claims a group)
 * and the skill–skill relations.
 */
@Component
public class FindSkillNetwork {

    private final JdbcTemplate jdbc;

    FindSkillNetwork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SkillNetwork read() {
        List<SkillNetwork.Node> skills = jdbc.query("select uri, label_en, label_nl from skill order by uri",
                (rs, i) -> new SkillNetwork.Node(rs.getString(1), rs.getString(2), rs.getString(3)));
        List<SkillNetwork.Link> broader = new ArrayList<>();
        jdbc.query("select concept_uri, broader_uri from broader_relation where concept_kind = 'KnowledgeSkillCompetence' "
                        + "and broader_kind = 'KnowledgeSkillCompetence' order by concept_uri, broader_uri",
                rs -> {
                    broader.add(new SkillNetwork.Link(rs.getString(1), rs.getString(2)));
                });
        List<SkillNetwork.Link> related = new ArrayList<>();
        jdbc.query("select skill_uri, related_skill_uri from skill_relation order by skill_uri, related_skill_uri",
                rs -> {
                    related.add(new SkillNetwork.Link(rs.getString(1), rs.getString(2)));
                });
        return new SkillNetwork(skills, broader, related);
    }
}
