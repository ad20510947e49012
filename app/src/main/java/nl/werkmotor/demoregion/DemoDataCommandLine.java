package nl.werkmotor.demoregion;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.platform.ProductionEnvironment;

/**
 * {@code werkmotor demo-data [--size small|medium|large|N] [--seed N] [--region AMxx]}. Refused where the
 * settings are production's (database and OIDC login): the region replaces every person, employer and vacancy,
 * and binds the demo login names ("werkzoekende", organisation "bouwbedrijf-de-vaste-hand") to its first
 * person and employer, which with OIDC are the provider's subjects and organisation ids, so a real account of
 * that name would open a stranger's file. Not binding the names alone would still wipe the real data, so an
 * operator is better served by a refusal that names the reason.
 */
@Component
class DemoDataCommandLine implements CommandLine.Command {

    private final GeneratingDemoRegion generating;
    private final ProductionEnvironment production;

    DemoDataCommandLine(GeneratingDemoRegion generating, ProductionEnvironment production) {
        this.generating = generating;
        this.production = production;
    }

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        GenerateDemoRegionCommand command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("werkmotor demo-data: " + e.getMessage() + "\n" + CommandLine.find(name()).usage());
            return 2;
        }
        if (production.configured()) {
            err.println("werkmotor demo-data: geweigerd, deze omgeving is ingesteld als productie (database en OIDC-login): "
                    + "demo-data vervangt alle mensen, werkgevers en vacatures en koppelt de demo-inlognamen aan echte "
                    + "accounts; gebruik een eigen database / refused, this environment is set up as production (database "
                    + "and OIDC login): demo-data replaces every person, employer and vacancy and binds the demo login "
                    + "names to real accounts; use a database of its own.");
            return 1;
        }
        try {
            out.println(generating.generate(command).summary());
            return 0;
        } catch (DemoRegionRefused e) {
            err.println("werkmotor demo-data: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // the database failed while writing: the transaction rolled back
            err.println("werkmotor demo-data: genereren mislukt, de vorige gegevens blijven staan / generation failed, "
                    + "the previous data stay in place.\n" + e.getMessage());
            return 1;
        }
    }

    static GenerateDemoRegionCommand parse(List<String> args) {
        int people = GenerateDemoRegionCommand.SMALL;
        long seed = GenerateDemoRegionCommand.DEFAULT_SEED;
        String region = GenerateDemoRegionCommand.DEFAULT_REGION;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--size", "--seed", "--region").contains(option)) {
                throw new IllegalArgumentException("onbekende optie/unknown option " + arg);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(option + " mist een waarde/needs a value");
            }
            switch (option) {
                case "--size" -> people = size(value);
                case "--seed" -> seed = number(option, value);
                default -> region = value.toUpperCase(Locale.ROOT);
            }
        }
        return new GenerateDemoRegionCommand(people, seed, region);
    }

    private static int size(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "small" -> GenerateDemoRegionCommand.SMALL;
            case "medium" -> GenerateDemoRegionCommand.MEDIUM;
            case "large" -> GenerateDemoRegionCommand.LARGE;
            default -> {
                long people = number("--size", value.replace("_", ""));
                if (people < 1 || people > GenerateDemoRegionCommand.MAX_PEOPLE) {
                    throw new IllegalArgumentException("--size moet tussen 1 en 1000000 liggen/must lie between 1 and "
                            + "1000000, not " + value);
                }
                yield (int) people;
            }
        };
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " verwacht een getal/expects a number"
                    + (option.equals("--size") ? " or small, medium, large" : "") + ", not '" + value + "'");
        }
    }
}
