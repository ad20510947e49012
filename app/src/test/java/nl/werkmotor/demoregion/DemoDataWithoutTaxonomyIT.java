package nl.werkmotor.demoregion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.platform.CommandLine;

/** A database of its own (another context), empty: nothing has been imported. */
@WerkmotorTest
@TestPropertySource(properties = "werkmotor.test.database=empty")
class DemoDataWithoutTaxonomyIT {

    @Autowired
    CommandLine commandLine;

    @Test
    void demoDataWithoutATaxonomySaysToImportItFirst() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = commandLine.run("demo-data", List.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("there is no taxonomy yet; import it first with 'werkmotor import-taxonomy'")
                .doesNotContain("Exception", "\tat ");
    }
}
