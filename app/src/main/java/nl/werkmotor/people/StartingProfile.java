package nl.werkmotor.people;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Starts a profile for a login that has none: the person fills in who they are, the rest starts
 * empty and private (consent first: nobody else sees it until the person chooses so).
 */
@Component
public class StartingProfile {

    static final int MAX_NAME = 100;
    /** Where someone starts: part-time to full-time, nearby, private. They change it on "Wat wil ik". */
    static final Preferences FIRST_PREFERENCES = new Preferences(16, 32, 15, Set.<Sector>of(), Motivation.MODERATE,
            Availability.NOW, Visibility.PRIVATE, Set.of(), Set.of());

    private final JdbcTemplate jdbc;
    private final FindPeople people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    StartingProfile(JdbcTemplate jdbc, FindPeople people, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws ProfileChangeRefused naming every problem (also: this login has a profile already) */
    public Person start(StartProfile command) {
        check(command);
        return transaction.execute(status -> {
            if (people.byAccount(command.account()).isPresent()) {
                throw new ProfileChangeRefused(List.of(new Reason("account",
                        "U hebt al een profiel.", "You already have a profile.")));
            }
            Preferences p = FIRST_PREFERENCES;
            Long id = jdbc.queryForObject("""
                    insert into person (kind, first_name, last_name, birth_year, postcode4, benefit, min_hours, max_hours,
                        travel_radius_km, motivation, availability, visibility, account)
                    values (?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                    command.kind().name(), command.firstName().strip(), command.lastName().strip(), command.birthYear(),
                    command.postcode4().strip(), p.minHours(), p.maxHours(), p.travelRadiusKm(), p.motivation().name(),
                    p.availability().name(), p.visibility().name(), command.account());
            ProfileHistory.add(jdbc, id, command.account(), ChangeAuthor.Kind.PERSON,
                    new Message("Profiel gestart.", "Profile started."));
            events.publishEvent(new PersonChanged(id));
            return people.byId(id).orElseThrow();
        });
    }

    private static void check(StartProfile command) {
        List<Reason> problems = new ArrayList<>();
        name("firstName", "Vul uw voornaam in", "Fill in your first name", command.firstName(), problems);
        name("lastName", "Vul uw achternaam in", "Fill in your last name", command.lastName(), problems);
        int thisYear = Year.now().getValue();
        if (command.birthYear() < thisYear - 100 || command.birthYear() > thisYear - 15) {
            problems.add(new Reason("birthYear", "Vul uw geboortejaar in, bijvoorbeeld 1990.",
                    "Fill in the year you were born, for example 1990."));
        }
        if (command.postcode4() == null || !command.postcode4().strip().matches("[1-9][0-9]{3}")) {
            problems.add(new Reason("postcode4",
                    "Vul de 4 cijfers van uw postcode in, bijvoorbeeld 3011.",
                    "Fill in the 4 digits of your postcode, for example 3011."));
        }
        if (command.kind() == null) {
            problems.add(new Reason("kind", "Kies of u werk zoekt of al werkt.",
                    "Choose whether you are looking for work or already working."));
        }
        if (!problems.isEmpty()) {
            throw new ProfileChangeRefused(problems);
        }
    }

    private static void name(String field, String nl, String en, String value,
                             List<Reason> problems) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_NAME) {
            problems.add(new Reason(field, nl + " (hoogstens " + MAX_NAME + " tekens).",
                    en + " (at most " + MAX_NAME + " characters)."));
        }
    }
}
