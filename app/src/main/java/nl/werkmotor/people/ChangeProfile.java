package nl.werkmotor.people;

import java.util.List;
import java.util.Objects;

/**
 * A change to one person's profile, all of it saved or none.
 *
 * @param addSkills    ESCO skill URIs to claim; a skill already claimed keeps the stronger evidence
 * @param evidence     how the added skills are backed: {@link Evidence#SELF_DECLARED} from the person,
 *                     up to {@link Evidence#CONFIRMED_BY_PROFESSIONAL} from a professional
 * @param removeSkills ESCO skill URIs to drop; one not claimed is no problem (a form sent twice)
 * @param preferences  the preferences the change edits, applied to the profile as it is when saved; null edits none
 */
public record ChangeProfile(long personId, ChangeAuthor author, List<String> addSkills, Evidence evidence,
                            List<String> removeSkills, PreferencesChange preferences) {

    public ChangeProfile {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(evidence, "evidence");
        addSkills = List.copyOf(addSkills);
        removeSkills = List.copyOf(removeSkills);
    }

    public static ChangeProfile addSkills(long personId, ChangeAuthor author, List<String> skillUris) {
        return new ChangeProfile(personId, author, skillUris, author.strongestEvidence(), List.of(), null);
    }

    public static ChangeProfile removeSkills(long personId, ChangeAuthor author, List<String> skillUris) {
        return new ChangeProfile(personId, author, List.of(), Evidence.SELF_DECLARED, skillUris, null);
    }

    public static ChangeProfile preferences(long personId, ChangeAuthor author, PreferencesChange preferences) {
        return new ChangeProfile(personId, author, List.of(), Evidence.SELF_DECLARED, List.of(), preferences);
    }

    /** Claims exactly these skills (kept ones keep their evidence) and wants these preferences, every one of them. */
    public static ChangeProfile replace(Person person, ChangeAuthor author, List<String> skillUris,
                                        Preferences preferences) {
        List<String> claimed = person.profile().skills().stream().map(SkillClaim::skillUri).toList();
        return new ChangeProfile(person.id(), author, skillUris.stream().filter(uri -> !claimed.contains(uri)).toList(),
                author.strongestEvidence(), claimed.stream().filter(uri -> !skillUris.contains(uri)).toList(),
                PreferencesChange.whole(preferences));
    }
}
