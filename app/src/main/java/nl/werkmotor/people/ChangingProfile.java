package nl.werkmotor.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.SkillSummary;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Changes one person's profile, by the person or by a professional for them: checks the whole change
 * first and names every problem, then saves it in one transaction with who made it (and, for a
 * professional, its processing-log record), and publishes
 * {@link PersonChanged} (heard after the commit, so nobody sees a change that was rolled back). A change
 * names only what its form edits ({@link PreferencesChange}); it is applied to the profile as it is under the
 * person's row lock, so two changes at once never undo each other. Only the person changes who may see them.
 */
@Component
public class ChangingProfile {

    /** More than any CV names; keeps a profile readable and a request quick. */
    public static final int MAX_SKILLS = 300;
    public static final int MAX_HOURS = 48; // the Arbeidstijdenwet's average week
    public static final int MAX_TRAVEL_KM = 200;

    private final JdbcTemplate jdbc;
    private final FindPeople people;
    private final FindSkill skills;
    private final RecordingProcessing recording;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ChangingProfile(JdbcTemplate jdbc, FindPeople people, FindSkill skills, RecordingProcessing recording,
                    ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.people = people;
        this.skills = skills;
        this.recording = recording;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @return the person as saved
     * @throws ProfileChangeRefused naming every problem; nothing is saved
     * @throws PersonNotFound       when there is no such person
     */
    public Person change(ChangeProfile command) {
        return transaction.execute(status -> {
            // one change at a time per person: the checks below see what the change applies to
            if (jdbc.queryForList("select id from person where id = ? for update", Long.class, command.personId()).isEmpty()) {
                throw new PersonNotFound(command.personId());
            }
            // read under the lock: what the change does not name stays as saved now, not as its form once read it
            Person person = people.byId(command.personId()).orElseThrow(() -> new PersonNotFound(command.personId()));
            Map<String, Evidence> claimed = person.profile().skills().stream()
                    .collect(Collectors.toMap(SkillClaim::skillUri, SkillClaim::evidence));
            Set<String> added = new LinkedHashSet<>(command.addSkills());
            Set<String> removed = new LinkedHashSet<>(command.removeSkills());
            Preferences now = person.profile().preferences();
            List<Reason> problems = problems(command, now, claimed, added, removed);
            if (!problems.isEmpty()) {
                throw new ProfileChangeRefused(problems);
            }

            List<Message> changes = new ArrayList<>();
            removed.removeIf(uri -> !claimed.containsKey(uri));
            if (!removed.isEmpty()) {
                jdbc.update("delete from person_skill where person_id = ? and skill_uri = any(?)", person.id(),
                        removed.toArray(String[]::new));
                changes.add(new Message(count(removed.size(), "vaardigheid", "vaardigheden") + " verwijderd",
                        count(removed.size(), "skill", "skills") + " removed"));
            }
            added.removeIf(uri -> claimed.containsKey(uri) && claimed.get(uri).compareTo(command.evidence()) >= 0);
            for (String uri : added) {
                jdbc.update("""
                        insert into person_skill (person_id, skill_uri, evidence) values (?, ?, ?)
                        on conflict (person_id, skill_uri) do update set evidence = excluded.evidence""",
                        person.id(), uri, command.evidence().name());
            }
            if (!added.isEmpty()) {
                boolean confirmed = command.evidence() != Evidence.SELF_DECLARED;
                changes.add(new Message(count(added.size(), "vaardigheid", "vaardigheden")
                        + (confirmed ? " toegevoegd of bevestigd" : " toegevoegd"),
                        count(added.size(), "skill", "skills") + (confirmed ? " added or confirmed" : " added")));
            }
            Preferences wanted = command.preferences() == null ? now : command.preferences().applyTo(now);
            if (!wanted.equals(now)) {
                savePreferences(person.id(), wanted);
                if (!wanted.withVisibility(now.visibility()).equals(now)) {
                    changes.add(new Message("wensen gewijzigd", "wishes changed"));
                }
                if (wanted.visibility() != now.visibility()) {
                    changes.add(new Message("zichtbaarheid gewijzigd", "visibility changed"));
                }
            }
            if (changes.isEmpty()) {
                return person;
            }
            Message description = new Message(
                    "Profiel: " + String.join(", ", changes.stream().map(Message::nl).toList()) + ".",
                    "Profile: " + String.join(", ", changes.stream().map(Message::en).toList()) + ".");
            ProfileHistory.add(jdbc, person.id(), command.author().account(), command.author().kind(), description);
            if (!command.author().isPerson()) {
                recording.record(person.id(), Operation.CHANGE, command.author().purpose(), description);
            }
            events.publishEvent(new PersonChanged(person.id()));
            return people.byId(person.id()).orElseThrow();
        });
    }

    /** What is wrong with a change, without saving anything: for callers that have problems of their own to add. */
    public List<Reason> problems(ChangeProfile command) {
        Person person = people.byId(command.personId()).orElseThrow(() -> new PersonNotFound(command.personId()));
        return problems(command, person.profile().preferences(), person.profile().skills().stream()
                        .collect(Collectors.toMap(SkillClaim::skillUri, SkillClaim::evidence)),
                new LinkedHashSet<>(command.addSkills()), new LinkedHashSet<>(command.removeSkills()));
    }

    private List<Reason> problems(ChangeProfile command, Preferences now, Map<String, Evidence> claimed,
                                  Set<String> added, Set<String> removed) {
        List<Reason> problems = new ArrayList<>();
        Map<String, SkillSummary> known = skills.summaries(added, Language.NL);
        for (String uri : added) {
            if (!known.containsKey(uri)) {
                problems.add(new Reason("skills", "Deze vaardigheid bestaat niet: " + uri + ".",
                        "This skill does not exist: " + uri + "."));
            }
            if (removed.contains(uri)) {
                problems.add(new Reason("skills", "U kunt een vaardigheid niet tegelijk toevoegen "
                        + "en verwijderen: " + uri + ".", "A skill cannot be added and removed at once: " + uri + "."));
            }
        }
        if (command.evidence().compareTo(command.author().strongestEvidence()) > 0) {
            problems.add(new Reason("evidence", command.author().isPerson()
                    ? "Een vaardigheid die u zelf toevoegt, is 'zelf opgegeven'. Bevestigen doet een professional."
                    : "Een professional kan een vaardigheid bevestigen; een test of badge komt uit een andere bron.",
                    command.author().isPerson()
                            ? "A skill you add yourself is 'self-declared'. A professional confirms it."
                            : "A professional can confirm a skill; a test or badge comes from another source."));
        }
        Set<String> after = new HashSet<>(claimed.keySet());
        after.addAll(added);
        after.removeAll(removed);
        if (after.size() > MAX_SKILLS) {
            problems.add(new Reason("skills", "Een profiel heeft hoogstens " + MAX_SKILLS
                    + " vaardigheden, dit worden er " + after.size() + ".",
                    "A profile has at most " + MAX_SKILLS + " skills; this makes " + after.size() + "."));
        }
        if (command.preferences() != null) {
            if (command.preferences().edits(PreferencesChange.Field.VISIBILITY) && !command.author().isPerson()) {
                problems.add(new Reason("visibility", "Alleen de persoon zelf kiest wie het profiel mag zien.",
                        "Only the person themselves chooses who may see their profile."));
            }
            checkPreferences(command.preferences().applyTo(now), problems);
        }
        return problems;
    }

    private static void checkPreferences(Preferences wanted, List<Reason> problems) {
        between("minHours", "Het minimum aantal uren", "The minimum number of hours", wanted.minHours(), 1, MAX_HOURS,
                problems);
        between("maxHours", "Het maximum aantal uren", "The maximum number of hours", wanted.maxHours(), 1, MAX_HOURS,
                problems);
        if (wanted.minHours() > wanted.maxHours()) {
            problems.add(new Reason("maxHours", "Het maximum aantal uren is kleiner dan het minimum.",
                    "The maximum number of hours is below the minimum."));
        }
        between("travelRadiusKm", "De reisafstand", "The travel distance", wanted.travelRadiusKm(), 1, MAX_TRAVEL_KM,
                problems);
        required("motivation", "Kies hoe graag u nu aan het werk wilt.", "Choose how keen you are to work now.",
                wanted.motivation(), problems);
        required("availability", "Kies wanneer u kunt beginnen.", "Choose when you can start.", wanted.availability(),
                problems);
        required("visibility", "Kies wie uw profiel mag zien.", "Choose who may see your profile.", wanted.visibility(),
                problems);
    }

    private static void between(String field, String nl, String en, int value, int min, int max,
                                List<Reason> problems) {
        if (value < min || value > max) {
            problems.add(new Reason(field, nl + " moet tussen " + min + " en " + max + " liggen.",
                    en + " must be between " + min + " and " + max + "."));
        }
    }

    private static void required(String field, String nl, String en, Object value,
                                 List<Reason> problems) {
        if (value == null) {
            problems.add(new Reason(field, nl, en));
        }
    }

    private void savePreferences(long personId, Preferences wanted) {
        jdbc.update("""
                update person set min_hours = ?, max_hours = ?, travel_radius_km = ?, sectors = ?, motivation = ?,
                    availability = ?, visibility = ?, working_conditions = ?, support_needs = ?
                where id = ?""", wanted.minHours(), wanted.maxHours(), wanted.travelRadiusKm(),
                names(wanted.sectors()), wanted.motivation().name(), wanted.availability().name(),
                wanted.visibility().name(), names(wanted.workingConditions()),
                names(wanted.supportNeeds()), personId);
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
