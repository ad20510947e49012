package nl.werkmotor.platform;

/**
 * How the platform was started. Development and command-line runs may fall back on the embedded
 * PostgreSQL in the local data folder; production must be configured explicitly.
 */
public enum StartupMode {
    /** {@code serve --dev}: embedded database, demo region, demo accounts, loud banner. */
    DEV("dev"),
    /** {@code serve}: refuses to start without an explicitly configured database. */
    PRODUCTION("prod"),
    /** Any other subcommand: no web server; embedded database unless one is configured. */
    COMMAND("command");

    private final String profile;

    StartupMode(String profile) {
        this.profile = profile;
    }

    public String profile() {
        return profile;
    }
}
