package nl.werkmotor.guidance;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ChangeEligibilityFacts;
import nl.werkmotor.people.ChangingEligibilityFacts;
import nl.werkmotor.people.EligibilityFacts;
import nl.werkmotor.processinglog.ProcessingPurpose;

/**
 * The case worker records a person's target groups and the facts the Toolbox reads, together with them, through
 * the people module's {@link ChangingEligibilityFacts}: in the case worker's name, in the person's processing log
 * as guidance.
 */
@Component
class ChangingFactsTogether {

    private static final Clock AMSTERDAM = Clock.system(java.time.ZoneId.of("Europe/Amsterdam"));

    private final FindCaseload caseload;
    private final ChangingEligibilityFacts changing;

    ChangingFactsTogether(FindCaseload caseload, ChangingEligibilityFacts changing) {
        this.caseload = caseload;
        this.changing = changing;
    }

    /**
     * @throws NotInCaseload                     when the person is not in the case worker's caseload
     * @throws nl.werkmotor.platform.Refusal naming every field to fix; nothing is saved
     */
    @Transactional
    public EligibilityFacts change(ChangeFactsTogetherCommand command) {
        caseload.member(command.author(), command.personId());
        return changing.change(new ChangeEligibilityFacts(command.personId(),
                ChangeAuthor.professional(command.author().login(), ProcessingPurpose.GUIDANCE), command.targetGroups(),
                command.birthDate(), command.benefit(), command.benefitSince(), command.workLimitation(),
                command.loonwaardePercentage(), LocalDate.now(AMSTERDAM), command.unreadable()));
    }
}
