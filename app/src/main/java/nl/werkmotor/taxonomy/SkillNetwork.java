package nl.werkmotor.taxonomy;

import java.util.List;

/**
 * The skills of one taxonomy version by URI, with their hierarchy and skill–skill relations.
 *
 * @param skills  every skill, sorted by URI
 * @param broader pairs (narrower skill, broader skill)
 * @param related pairs (skill, related skill), as ESCO lists them (one direction)
 */
public record SkillNetwork(List<Node> skills, List<Link> broader, List<Link> related) {

    public SkillNetwork {
        skills = List.copyOf(skills);
        broader = List.copyOf(broader);
        related = List.copyOf(related);
    }

    /** A skill with its preferred labels; {@code labelNl} is null where ESCO has no Dutch one. */
    public record Node(String uri, String labelEn, String labelNl) {
    }

    public record Link(String from, String to) {
    }
}
