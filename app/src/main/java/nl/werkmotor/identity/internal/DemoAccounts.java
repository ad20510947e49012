package nl.werkmotor.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.ProductionEnvironment;
import nl.werkmotor.platform.RefusedConfigurationException;

/**
 * One account per role with password "demo", each acting for a fictional organisation of the
 * fictional region Lindeveen. Development and tests only, on the embedded database: production signs in
 * through OIDC. Production mode refuses to start with a development profile, and development refuses a
 * configured database, before anything starts ({@code platform.ProductionReadiness}); these accounts refuse
 * as well, however they came to be asked for, as a configured database may hold real people.
 */
@Component
@Profile("(dev | test) & !prod")
class DemoAccounts {

    static final String PASSWORD = "demo";

    private static final Organisation MUNICIPALITY = new Organisation("gemeente-lindeveen", "Gemeente Lindeveen");

    private final List<Account> accounts;

    /** @param region the deployment's arbeidsmarktregio, which the demo WSP serves */
    DemoAccounts(ProductionEnvironment environment, @Value("${werkmotor.region}") String region) {
        if (environment.databaseConfigured()) {
            throw new RefusedConfigurationException("The demo accounts (password 'demo' for every role) exist only"
                    + " on the embedded database of development and tests, and a database is configured.",
                    List.of("WERKMOTOR_DB_URL / werkmotor.db.url"),
                    "Unset it for development and tests, or run 'werkmotor serve' (production mode, OIDC login).");
        }
        // One hash for all: the password is the same, and each bcrypt costs start-up time.
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Organisation wsp = new Organisation("wsp-lindeveen", "WerkgeversServicePunt Lindeveen",
                region.strip().toUpperCase(Locale.ROOT));
        List<Account> all = new ArrayList<>();
        for (Role role : Role.values()) {
            all.add(new Account(user(role, wsp), hash));
        }
        accounts = List.copyOf(all);
    }

    /** The login name is the Dutch role name, e.g. "klantmanager". */
    private static CurrentUser user(Role role, Organisation wsp) {
        String username = role.dutchName();
        return switch (role) {
            case WERKZOEKENDE -> new CurrentUser(username, "Sanne Bakker", role, MUNICIPALITY);
            case WERKGEVER -> new CurrentUser(username, "Mehmet Yildiz", role,
                    new Organisation("bouwbedrijf-de-vaste-hand", "Bouwbedrijf De Vaste Hand B.V."));
            case KLANTMANAGER -> new CurrentUser(username, "Jeroen Visser", role, MUNICIPALITY);
            case ACCOUNTMANAGER -> new CurrentUser(username, "Fatima el Amrani", role, wsp);
            case OPLEIDER -> new CurrentUser(username, "Linda de Graaf", role,
                    new Organisation("roc-lindeveen", "ROC Lindeveen"));
            case BELEIDSMEDEWERKER -> new CurrentUser(username, "Pieter Mulder", role,
                    new Organisation("arbeidsmarktregio-lindeveen", "Arbeidsmarktregio Lindeveen"));
            case BEHEERDER -> new CurrentUser(username, "Anouk Smit", role, wsp);
        };
    }

    List<Account> accounts() {
        return accounts;
    }
}
