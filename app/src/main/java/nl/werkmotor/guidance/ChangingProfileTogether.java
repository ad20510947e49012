package nl.werkmotor.guidance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ChangeProfile;
import nl.werkmotor.people.ChangingProfile;
import nl.werkmotor.people.Evidence;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.ProfileChangeRefused;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;

/**
 * The case worker changes the profile of a person in their caseload, together with them, through the people
 * module's {@link ChangingProfile}: the change is kept in the case worker's name (a skill they add or
 * confirm counts as confirmed by a professional) and written to the person's processing log, in one transaction.
 */
@Component
class ChangingProfileTogether {

    private final FindCaseload caseload;
    private final ChangingProfile changing;
    private final RecordingProcessing processing;

    ChangingProfileTogether(FindCaseload caseload, ChangingProfile changing, RecordingProcessing processing) {
        this.caseload = caseload;
        this.changing = changing;
        this.processing = processing;
    }

    /**
     * @throws NotInCaseload when the person is not in the case worker's caseload
     * @throws Refusal       naming every problem with the change; nothing is saved
     */
    @Transactional
    public Person change(ChangeProfileTogetherCommand command) {
        caseload.member(command.author(), command.personId());
        Person changed;
        try {
            changed = changing.change(new ChangeProfile(command.personId(),
                    ChangeAuthor.professional(command.author().login()), command.confirmSkills(),
                    Evidence.CONFIRMED_BY_PROFESSIONAL, command.removeSkills(), command.preferences()));
        } catch (ProfileChangeRefused refused) {
            throw new Refusal(refused.problems().stream()
                    .map(p -> new Refusal.Reason(p.field(), p.nl(), p.en())).toList());
        }
        processing.record(command.personId(), Operation.CHANGE, ProcessingPurpose.PROFILE_MAINTENANCE,
                "Uw profiel aangepast door uw klantmanager, samen met u");
        return changed;
    }
}
