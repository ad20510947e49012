package nl.werkmotor.vacancies;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.werkmotor.people.Person;
import nl.werkmotor.people.SkillClaim;

/** Vacancies in domain words, for tests. */
public final class VacancyFixture {

    /** The demo employer's recruiter, as who enters or changes a vacancy in tests that are not about who. */
    public static final VacancyAuthor EMPLOYER = new VacancyAuthor("werkgever", "Mehmet Yildiz",
            VacancyAuthor.Kind.EMPLOYER);

    private VacancyFixture() {
    }

    /** The intake form as the page sends it when "save" is pressed: this description, titled {@code title}. */
    public static String intakeForm(VacancyDescription d, String title) {
        StringBuilder form = new StringBuilder("actie=opslaan&title=" + encode(title) + "&text=" + encode(d.text())
                + "&occupationUri=" + encode(d.occupationUri()) + "&minHours=" + d.minHours() + "&maxHours="
                + d.maxHours() + "&postcode4=" + d.postcode4());
        for (int i = 0; i < d.requirements().size(); i++) {
            form.append("&vaardigheid-").append(i).append('=').append(encode(d.requirements().get(i).skillUri()))
                    .append("&belang-").append(i).append('=').append(d.requirements().get(i).importance());
        }
        return form.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Work that asks exactly what this person can, in the hours they want, at this place. */
    public static VacancyDescription cutOutFor(Person person, String occupationUri, String postcode4) {
        VacancyDescription d = cutOutFor(person, occupationUri);
        return new VacancyDescription(d.title(), d.text(), d.occupationUri(), d.requirements(), d.minHours(),
                d.maxHours(), postcode4, false);
    }

    /** Work that asks exactly what this person can, where they live, in the hours they want. */
    public static VacancyDescription cutOutFor(Person person, String occupationUri) {
        List<SkillRequirement> requirements = person.profile().skills().stream().map(SkillClaim::skillUri)
                .map(uri -> new SkillRequirement(uri, Importance.ESSENTIAL)).toList();
        var preferences = person.profile().preferences();
        return new VacancyDescription("Werk op maat", "Een vacature die precies past.", occupationUri, requirements,
                preferences.minHours(), preferences.maxHours(), person.postcode4(), false);
    }
}
