package nl.werkmotor.guidance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ChangeProfile;
import nl.werkmotor.people.ChangingProfile;
import nl.werkmotor.people.Evidence;
import nl.werkmotor.people.Person;
import nl.werkmotor.processinglog.ProcessingPurpose;

/**
 * The case worker changes the profile of a person in their caseload, together with them, through the people
 * module's {@link ChangingProfile}: the change is kept in the case worker's name (a skill they add or
 * confirm counts as confirmed by a professional), and that use case writes it to the person's processing log
 * as guidance, in the same transaction.
 */
@Component
class ChangingProfileTogether {

    private final FindCaseload caseload;
    private final ChangingProfile changing;

    ChangingProfileTogether(FindCaseload caseload, ChangingProfile changing) {
        this.caseload = caseload;
        this.changing = changing;
    }

    /**
     * @throws NotInCaseload when the person is not in the case worker's caseload
     * @throws nl.werkmotor.people.ProfileChangeRefused naming every problem with the change; nothing is saved
     */
    @Transactional
    public Person change(ChangeProfileTogetherCommand command) {
        caseload.member(command.author(), command.personId());
        return changing.change(new ChangeProfile(command.personId(),
                ChangeAuthor.professional(command.author().login(), ProcessingPurpose.GUIDANCE), command.confirmSkills(),
                Evidence.CONFIRMED_BY_PROFESSIONAL, command.removeSkills(), command.preferences()));
    }
}
