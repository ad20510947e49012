package nl.werkmotor.savings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies a scenario the analyst may see (their organisation's, or the blueprint's example) into a new one of their
 * own organisation, "Kopie van …", saved by them now; the original stays as it was.
 */
@Component
class CopyingScenario {

    private final FindScenarios scenarios;
    private final SavingScenario saving;

    CopyingScenario(FindScenarios scenarios, SavingScenario saving) {
        this.scenarios = scenarios;
        this.saving = saving;
    }

    record CopyScenarioCommand(PolicyAnalyst analyst, long scenarioId) {
    }

    /** @throws NoSuchScenario when the analyst may not see it */
    @Transactional
    long copy(CopyScenarioCommand command) {
        Scenario original = scenarios.visibleTo(command.analyst().organisationId(), command.scenarioId());
        return saving.save(new SavingScenario.SaveScenarioCommand(command.analyst(), original.content().copy(),
                original.id()));
    }
}
