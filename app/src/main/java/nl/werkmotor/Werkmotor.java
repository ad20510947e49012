package nl.werkmotor;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.platform.StartupMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one entry point: {@code werkmotor serve [--dev]} runs the platform; every other subcommand
 * starts the same application without a web server, runs one {@link CommandLine.Command} and exits.
 */
@SpringBootApplication
public class Werkmotor {

    /** Returned by {@link #run} when the web server now keeps the process alive. */
    static final int SERVING = -1;

    public static void main(String[] args) {
        int exit = run(args, System.out, System.err);
        if (exit != SERVING) {
            System.exit(exit);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            out.print(CommandLine.usage());
            return args.length == 0 ? 2 : 0;
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if ("serve".equals(name)) {
            if (rest.stream().anyMatch(Werkmotor::isHelp)) {
                out.print(CommandLine.serveUsage());
                return 0;
            }
            boolean dev = rest.contains("--dev");
            List<String> unknown = rest.stream().filter(a -> !a.equals("--dev") && !a.startsWith("--server.port=")).toList();
            if (!unknown.isEmpty()) {
                err.println("werkmotor serve: unknown option(s) " + unknown + "\n" + CommandLine.serveUsage());
                return 2;
            }
            try {
                application(dev ? StartupMode.DEV : StartupMode.PRODUCTION, WebApplicationType.SERVLET, Map.of())
                        .run(rest.toArray(String[]::new));
            } catch (RuntimeException e) {
                return 1; // Spring Boot has already reported why
            }
            return SERVING;
        }
        CommandLine.Spec spec = CommandLine.find(name);
        if (spec == null) {
            err.println("werkmotor: unknown command '" + name + "'\n");
            err.print(CommandLine.usage());
            return 2;
        }
        if (rest.stream().anyMatch(Werkmotor::isHelp)) {
            out.print(spec.usage());
            return 0;
        }
        SpringApplication app = application(StartupMode.COMMAND, WebApplicationType.NONE,
                Map.of("werkmotor.command", name));
        try (ConfigurableApplicationContext context = app.run()) {
            return context.getBean(CommandLine.class).run(name, rest, out, err);
        }
    }

    static SpringApplication application(StartupMode mode, WebApplicationType type, Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(Werkmotor.class);
        app.setWebApplicationType(type);
        app.setAdditionalProfiles(mode.profile());
        app.setDefaultProperties(properties);
        if (mode == StartupMode.COMMAND) {
            app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
            app.setLogStartupInfo(false);
        }
        return app;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
