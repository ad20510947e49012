package nl.werkmotor.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Production and development are kept apart before anything starts (no web server, no database pool), so that
 * the demo accounts (password "demo" for every role) never meet real people's data. Production mode refuses
 * the development profiles ({@code dev}, {@code test}), however they were activated, and refuses to start
 * without a configured database and what the modules name as their {@link ProductionRequirement}s (the OIDC
 * login), naming every setting. A development profile refuses a configured database: it runs on the embedded
 * one, and a configured one may be production's.
 */
class ProductionReadiness implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The profiles that bring the demo accounts and, with {@code dev}, a generated demo region. */
    private static final List<String> DEVELOPMENT_PROFILES = List.of(StartupMode.DEV.profile(), "test");
    private static final List<ProfileSetting> PROFILE_SETTINGS = List.of(
            new ProfileSetting("spring.profiles.active",
                    "SPRING_PROFILES_ACTIVE / spring.profiles.active / --spring.profiles.active"),
            new ProfileSetting("spring.profiles.include",
                    "SPRING_PROFILES_INCLUDE / spring.profiles.include / --spring.profiles.include"));
    private static final String DATABASE_URL = "WERKMOTOR_DB_URL / werkmotor.db.url";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        List<String> development = active.stream().filter(DEVELOPMENT_PROFILES::contains).toList();
        if (active.contains(StartupMode.PRODUCTION.profile())) {
            refuseDevelopmentProfiles(environment, development);
            Lacking lacking = lacking(environment);
            if (!lacking.missing().isEmpty()) {
                throw new MissingConfigurationException("Production mode needs " + String.join(" and ", lacking.needs())
                        + ", and " + (lacking.needs().size() == 1 ? "it is" : "they are") + " not configured.",
                        lacking.missing());
            }
        } else if (!development.isEmpty() && databaseConfigured(environment)) {
            throw new RefusedConfigurationException("Development mode (profile " + String.join(" and ", development)
                    + ") runs on its embedded PostgreSQL with the demo accounts (password 'demo' for every role) and"
                    + " refuses a configured database, which may be production's.", List.of(DATABASE_URL),
                    "Unset it for development ('werkmotor serve --dev'), or run 'werkmotor serve' (production mode)"
                            + " on this database.");
        }
    }

    private static void refuseDevelopmentProfiles(Environment environment, List<String> development) {
        if (development.isEmpty()) {
            return;
        }
        List<String> settings = new ArrayList<>();
        Binder binder = Binder.get(environment);
        for (ProfileSetting setting : PROFILE_SETTINGS) {
            List<String> named = binder.bind(setting.property(), Bindable.listOf(String.class)).orElse(List.of());
            if (named.stream().map(String::strip).anyMatch(development::contains)) {
                settings.add(setting.spellings() + " (now: " + String.join(",", named) + ")");
            }
        }
        if (settings.isEmpty()) { // activated another way (a profile group, a program): name where profiles come from
            PROFILE_SETTINGS.forEach(setting -> settings.add(setting.spellings()));
        }
        throw new RefusedConfigurationException("Production mode refuses the " + String.join(" and ", development)
                + " profile" + (development.size() == 1 ? "" : "s") + ": " + (development.size() == 1 ? "it adds" : "they add")
                + " the demo accounts, password 'demo' for every role, beside the OIDC login.", settings,
                "Remove " + String.join(" and ", development) + " from these settings, or run 'werkmotor serve --dev' for"
                        + " development on an embedded database.");
    }

    /** What production mode needs and the settings it misses for that in this environment; both empty when none. */
    record Lacking(List<String> needs, List<String> missing) {
    }

    static Lacking lacking(Environment environment) {
        List<String> needs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (!databaseConfigured(environment)) {
            needs.add("a PostgreSQL database");
            missing.addAll(DatabaseProperties.REQUIRED_IN_PRODUCTION);
        }
        for (ProductionRequirement requirement : requirements()) {
            List<String> lacking = requirement.missing(environment);
            if (!lacking.isEmpty()) {
                needs.add(requirement.need());
                missing.addAll(lacking);
            }
        }
        return new Lacking(needs, missing);
    }

    /** A configured database and every requirement set up, if not completely: production's settings. */
    static boolean productions(Environment environment) {
        return databaseConfigured(environment) && requirements().stream().allMatch(r -> r.present(environment));
    }

    static boolean databaseConfigured(Environment environment) {
        return !environment.getProperty("werkmotor.db.url", "").isBlank();
    }

    private static List<ProductionRequirement> requirements() {
        return SpringFactoriesLoader.forDefaultResourceLocation(ProductionReadiness.class.getClassLoader())
                .load(ProductionRequirement.class);
    }

    @Override
    public int getOrder() {
        // After the config data listener (+10) has read application.yml and activated profiles,
        // before logging (+20) and anything else starts.
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }

    /** A property that activates profiles, and how to name it to an operator. */
    private record ProfileSetting(String property, String spellings) {
    }
}
