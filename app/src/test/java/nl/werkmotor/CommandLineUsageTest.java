package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Help and usage errors answer at once, without starting a database. */
class CommandLineUsageTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Werkmotor.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "import-taxonomy", "demo-data");
    }

    @Test
    void eachSubcommandExplainsItself() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(run("import-taxonomy", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SERVER_PORT", "../shared/data");
    }

    @Test
    void placesAndDemoDataExplainTheirDefaults() {
        assertThat(run("import-places", "--help")).isZero();
        assertThat(run("demo-data", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("pc4_nl.csv", "default AM22 Rijnmond");
    }

    @Test
    void anUnknownCommandIsABadUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
    }

    @Test
    void noArgumentsShowsUsageAsABadUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: werkmotor");
    }
}
