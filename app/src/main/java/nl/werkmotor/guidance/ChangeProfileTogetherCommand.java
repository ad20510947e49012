package nl.werkmotor.guidance;

import java.util.List;

import nl.werkmotor.people.Preferences;

/**
 * A change the case worker makes with the person: skills to confirm (or add as confirmed), skills to drop,
 * and the wishes as a whole (null: unchanged).
 */
record ChangeProfileTogetherCommand(CaseWorker author, long personId, List<String> confirmSkills,
                                    List<String> removeSkills, Preferences preferences) {

    ChangeProfileTogetherCommand {
        confirmSkills = List.copyOf(confirmSkills);
        removeSkills = List.copyOf(removeSkills);
    }
}
