package nl.werkmotor.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * {@code /api/v1/mijn-profiel}: the signed-in person's own profile, to read, to replace as a whole, and
 * everything kept about them to export. A refused change is a 400 naming every problem; nothing is saved.
 */
@RestController
class OwnProfileController {

    private static final String PATH = "/api/v1/mijn-profiel";

    private final FindSignedInPerson signedIn;
    private final ChangingProfile changing;
    private final ExportingPersonalData exporting;

    OwnProfileController(FindSignedInPerson signedIn, ChangingProfile changing, ExportingPersonalData exporting) {
        this.signedIn = signedIn;
        this.changing = changing;
        this.exporting = exporting;
    }

    @GetMapping(PATH)
    OwnProfile profile(@RequestParam(defaultValue = "nl") String taal) {
        return exporting.profile(person(), language(taal));
    }

    @PutMapping(PATH)
    OwnProfile change(@RequestBody ProfileUpdate update, @RequestParam(defaultValue = "nl") String taal) {
        Language language = language(taal);
        Person person = person();
        List<InvalidParam> invalid = new ArrayList<>();
        Preferences wanted = new Preferences(number(update.minHours()), number(update.maxHours()),
                number(update.travelRadiusKm()), many(Sector.class, "sectors", update.sectors(), invalid),
                one(Motivation.class, "motivation", update.motivation(), invalid),
                one(Availability.class, "availability", update.availability(), invalid),
                one(Visibility.class, "visibility", update.visibility(), invalid),
                many(WorkingCondition.class, "workingConditions", update.workingConditions(), invalid),
                many(SupportNeed.class, "supportNeeds", update.supportNeeds(), invalid));
        List<String> skills = update.skills() == null ? List.of() : update.skills().stream().map(FindSkill::uri).toList();
        ChangeProfile command = ChangeProfile.replace(person, signedIn.asAuthor(), skills, wanted);
        Set<String> named = invalid.stream().map(InvalidParam::name).collect(Collectors.toSet());
        changing.problems(command).stream().filter(p -> !named.contains(p.field()))
                .forEach(p -> invalid.add(new InvalidParam(p.field(), new Message(p.nl(), p.en()))));
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        try {
            return exporting.profile(changing.change(command), language);
        } catch (ProfileChangeRefused refused) { // changed meanwhile by someone else
            throw ApiProblem.invalid(refused);
        }
    }

    @GetMapping(PATH + "/export")
    PersonalDataExport export(@RequestParam(defaultValue = "nl") String taal) {
        return exporting.export(person().id(), language(taal));
    }

    private Person person() {
        return signedIn.person().orElseThrow(() -> ApiProblem.notFound(new Message("Geen profiel", "No profile"),
                new Message("U hebt nog geen profiel. Start het op /mijn-profiel.",
                        "You have no profile yet. Start it at /mijn-profiel.")));
    }

    private static Language language(String taal) {
        return Language.of(taal).orElseThrow(() -> ApiProblem.invalid(List.of(new InvalidParam("taal",
                new Message("taal moet 'nl' of 'en' zijn, niet '" + taal + "'.",
                        "taal must be 'nl' or 'en', not '" + taal + "'.")))));
    }

    private static int number(Integer value) {
        return value == null ? -1 : value;
    }

    private static <E extends Enum<E>> E one(Class<E> type, String field, String name, List<InvalidParam> invalid) {
        E value = FormValues.oneOf(type, name);
        if (value == null && name != null) {
            invalid.add(unknown(type, field, name));
        }
        return value;
    }

    private static <E extends Enum<E>> Set<E> many(Class<E> type, String field, List<String> names,
                                                   List<InvalidParam> invalid) {
        Set<E> values = FormValues.setOf(type, names);
        if (names != null) {
            names.stream().filter(name -> FormValues.oneOf(type, name) == null).findFirst()
                    .ifPresent(name -> invalid.add(unknown(type, field, name)));
        }
        return values;
    }

    private static <E extends Enum<E>> InvalidParam unknown(Class<E> type, String field, String name) {
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return new InvalidParam(field, new Message(field + ": '" + name + "' is geen keuze; kies uit " + choices + ".",
                field + ": '" + name + "' is not a choice; choose from " + choices + "."));
    }
}
