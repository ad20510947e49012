package nl.werkmotor.platform;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The subcommands of {@code bin/werkmotor}. Their help text lives here so {@code --help} answers
 * without starting a database; their work lives in the module that owns it, as a {@link Command} bean.
 */
@Component
public class CommandLine {

    /** A subcommand, implemented by the module that owns the work. */
    public interface Command {
        String name();

        /** @return the process exit code: 0 done, 1 failed, 2 bad usage */
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    public record Spec(String name, String summary, String usage) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("serve", "run the platform (web UI and API)", serveUsage()),
            new Spec("import-taxonomy", "import the ESCO taxonomy (CSV package: a directory or zip)", """
                    Usage: werkmotor import-taxonomy [--version V] [DIR|ZIP ...]

                    Imports the official ESCO CSV package: occupations, skills and knowledge, their
                    relations, groups, hierarchy, ISCO groups and collections, with English and Dutch
                    labels, plus Dutch crosswalk titles as extra Dutch surface forms.

                    With no argument it reads the development location ../shared/data
                    (esco-v1.1.1-en, esco-v1.1.1-nl and nl-crosswalks beside each other). Otherwise give
                    the English package and, optionally, the Dutch package and the crosswalk directory,
                    each as a directory or a zip as downloaded from the ESCO portal.

                      --version  the ESCO version to record (default: read from the folder or zip
                                 name, such as esco-v1.1.1-en; otherwise "unknown")

                    The import runs in one transaction: a broken or incomplete file is refused with its
                    name and line, and the taxonomy that was there stays as it was. Importing the same
                    files again changes nothing.
                    """),
            new Spec("import-places", "import municipalities, arbeidsmarktregio's and PC4 postcode areas", """
                    Usage: werkmotor import-places [DIR]

                    Imports the CBS municipalities with their arbeidsmarktregio (35 regions) and the
                    4-digit postcode areas (PC4) with coordinates, from gemeenten_YYYY_arbeidsmarktregio.csv
                    and pc4_nl.csv in DIR or one folder down (default: the development location
                    ../shared/data, as for import-taxonomy).

                    The import runs in one transaction: a broken file is refused with its name and line,
                    and the places that were there stay as they were. Importing again changes nothing.
                    """),
            new Spec("demo-data", "generate a fictional demo region (reproducible from a seed)", """
                    Usage: werkmotor demo-data [--size small|medium|large|N] [--seed N] [--region AMxx]

                    Replaces the people, employers, vacancies and learning offers with a generated,
                    believable region built from the imported ESCO taxonomy. Everyone in it is fictional.
                    Refused where the settings are production's (database and OIDC login).

                      --size    small (default, 2,000 people), medium (50,000), large (1,000,000),
                                or a number of people
                      --seed    random seed (default 20261124); the same seed gives the same region
                      --region  arbeidsmarktregio code (default AM22 Rijnmond); serve it with
                                WERKMOTOR_REGION set to the same code, or its employers place no vacancies
                    """),
            new Spec("suggest-occupations", "batch: ESCO occupations that fit sets of skills", """
                    Usage: werkmotor suggest-occupations --in FILE [--top K] --out FILE [--esco DIR]

                    For every line of FILE, a JSON object {"id": "...", "skills": ["<ESCO skill URI>", ...]},
                    writes the K (default 10, at most 100) best fitting occupations of the imported taxonomy
                    as tab-separated lines without a header, UTF-8:
                      id<TAB>rank<TAB>occupationUri<TAB>score      (rank from 1, score from 0 to 1)
                    A malformed line (no JSON, no id, an unknown skill) is reported with its line number and
                    skipped; the other lines are answered, and the exit code is then 1.

                      --esco  read the taxonomy from an ESCO CSV package (directory or zip, or a folder
                              holding esco-v*-en as ../shared/data does) instead of the imported one
                    """),
            new Spec("normalize-titles", "batch: job titles to ranked ESCO occupations", normalizeUsage("normalize-titles",
                    "job title (\"heftruckchauffeur\", \"medewerker klantenservice\")", "occupationUri")),
            new Spec("normalize-skills", "batch: skill phrases to ranked ESCO skills", normalizeUsage("normalize-skills",
                    "skill phrase (\"klantgericht werken\", \"heftruck rijden\")", "skillUri")));

    private static String normalizeUsage(String name, String text, String uri) {
        return """
                Usage: werkmotor %1$s [--lang nl|en] --in FILE [--top K] --out FILE [--esco DIR]

                For every line of FILE, id<TAB>text with a %2$s,
                writes the K (default 10, at most 100) best ESCO concepts of the imported taxonomy as
                tab-separated lines without a header, UTF-8:
                  id<TAB>rank<TAB>%3$s<TAB>score      (rank from 1, score from 0 to 1)
                A malformed line (no tab, empty id or text) is reported with its line number and skipped;
                the other lines are answered, and the exit code is then 1.

                  --lang  the language of the texts (default nl); Dutch and English labels are both used
                  --esco  read the taxonomy from an ESCO CSV package (directory or zip, or a folder
                          holding esco-v*-en as ../shared/data does) instead of the imported one
                """.formatted(name, text, uri);
    }

    private final Map<String, Command> commands;

    public CommandLine(ObjectProvider<Command> commands) {
        this.commands = commands.orderedStream().collect(Collectors.toMap(Command::name, Function.identity()));
    }

    public int run(String name, List<String> args, PrintStream out, PrintStream err) {
        Command command = commands.get(name);
        if (command == null) {
            err.println("werkmotor: command '" + name + "' is not available in this build");
            return 2;
        }
        return command.run(args, out, err);
    }

    public static Spec find(String name) {
        return SPECS.stream().filter(s -> s.name().equals(name) && !name.equals("serve")).findFirst().orElse(null);
    }

    public static String serveUsage() {
        return """
                Usage: werkmotor serve [--dev]

                Runs the platform at http://localhost:8080 (port from SERVER_PORT).

                  --dev   development mode: embedded PostgreSQL in the data folder (WERKMOTOR_DATA_DIR,
                          default ./data), taxonomy and demo region loaded on first start, demo accounts;
                          refused with WERKMOTOR_DB_URL set.
                Without --dev the platform runs in production mode and refuses to start unless
                WERKMOTOR_DB_URL (and WERKMOTOR_DB_USER, WERKMOTOR_DB_PASSWORD) and the OIDC login are
                set, or with the dev or test profile active.
                Probes: /livez, /readyz. Health and metrics (/actuator/health, /actuator/prometheus) on the
                management port, http://127.0.0.1:8081 (WERKMOTOR_MANAGEMENT_PORT, _ADDRESS).
                """;
    }

    public static String usage() {
        StringBuilder b = new StringBuilder("Usage: werkmotor COMMAND [OPTIONS]\n\nCommands:\n");
        for (Spec s : SPECS) {
            b.append(String.format("  %-18s %s%n", s.name(), s.summary()));
        }
        b.append("\nRun 'werkmotor COMMAND --help' for the options of one command.\n");
        return b.toString();
    }
}
