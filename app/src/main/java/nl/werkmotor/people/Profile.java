package nl.werkmotor.people;

import java.util.List;

/** What someone can (skill claims) and wants (preferences). */
public record Profile(List<SkillClaim> skills, Preferences preferences) {

    public Profile {
        skills = List.copyOf(skills);
    }
}
