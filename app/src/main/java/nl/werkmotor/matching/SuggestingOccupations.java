package nl.werkmotor.matching;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.matching.internal.Checks;
import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.taxonomy.Language;

/**
 * Occupations that fit what someone can, regardless of CV or diploma; and the occupations that the
 * skills of one occupation transfer to (the bus-driver case).
 */
@Component
public class SuggestingOccupations {

    private final MatchingIndex index;

    SuggestingOccupations(MatchingIndex index) {
        this.index = index;
    }

    /** @throws MatchRequestRefused for unknown or no skills, or k out of range (all problems at once) */
    public List<MatchResult> forSkills(List<String> skillUris, Language language, int k) {
        return forSkills(index.world(), skillUris, language, k);
    }

    /** As {@link #forSkills(List, Language, int)}, in a given world (a command's taxonomy-only one). */
    public static List<MatchResult> forSkills(MatchWorld world, List<String> skillUris, Language language, int k) {
        Checks checks = new Checks(world).k("pageSize", k);
        List<Integer> skills = checks.skills("vaardigheden", skillUris);
        checks.verify();
        return world.occupationsFor(skills, language, k);
    }

    /** Occupations reachable with the essential skills of this one, the nearest first. */
    public List<MatchResult> nearby(String occupationUri, Language language, int k) {
        MatchWorld world = index.world();
        Checks checks = new Checks(world).k("pageSize", k);
        int occupation = checks.occupation("id", occupationUri);
        checks.verify();
        return world.nearbyOccupations(occupation, language, k);
    }
}
