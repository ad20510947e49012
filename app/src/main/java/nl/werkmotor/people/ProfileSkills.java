package nl.werkmotor.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Label;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.SkillSummary;

/** A person's skills as a page lists them: the name in the UI language, and how the claim is backed. */
record ProfileSkills(String uri, Label label, Evidence evidence) {

    /** In the order of the names; a skill no longer in the taxonomy shows its URI. */
    static List<ProfileSkills> of(Person person, FindSkill skills, Language language) {
        Map<String, Evidence> claims = person.profile().skills().stream()
                .collect(Collectors.toMap(SkillClaim::skillUri, SkillClaim::evidence));
        Map<String, SkillSummary> known = skills.summaries(claims.keySet(), language);
        List<ProfileSkills> listed = new ArrayList<>(known.values().stream()
                .map(s -> new ProfileSkills(s.uri(), s.label(), claims.get(s.uri()))).toList());
        claims.keySet().stream().filter(uri -> !known.containsKey(uri)).sorted()
                .forEach(uri -> listed.add(new ProfileSkills(uri, new Label(uri, "en", false), claims.get(uri))));
        return listed;
    }
}
