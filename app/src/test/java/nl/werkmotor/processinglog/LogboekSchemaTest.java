package nl.werkmotor.processinglog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator is really at work: the schema's own examples pass and fail as their names say. */
class LogboekSchemaTest {

    @Test
    void theValidExampleHasNoErrors() {
        assertThat(LogboekSchema.errors(LogboekSchema.read("examples/valid-klantmanager-views-profile.json"))).isEmpty();
    }

    @Test
    void theInvalidExampleIsRefusedForItsMissingProcessingActivity() {
        assertThat(LogboekSchema.errors(LogboekSchema.read("examples/invalid-missing-processing-activity.json")))
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("dpl.core.processing_activity_id"));
    }
}
