package nl.werkmotor.guidance;

import java.util.List;

import nl.werkmotor.people.PreferencesChange;

/**
 * A change the case worker makes with the person: skills to confirm (or add as confirmed), skills to drop,
 * and the wishes their form edits (null: none). Never the person's visibility: that is their own consent.
 */
record ChangeProfileTogetherCommand(CaseWorker author, long personId, List<String> confirmSkills,
                                    List<String> removeSkills, PreferencesChange preferences) {

    ChangeProfileTogetherCommand {
        confirmSkills = List.copyOf(confirmSkills);
        removeSkills = List.copyOf(removeSkills);
    }
}
