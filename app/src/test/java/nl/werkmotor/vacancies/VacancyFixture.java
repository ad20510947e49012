package nl.werkmotor.vacancies;

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

    /** Work that asks exactly what this person can, where they live, in the hours they want. */
    public static VacancyDescription cutOutFor(Person person, String occupationUri) {
        List<SkillRequirement> requirements = person.profile().skills().stream().map(SkillClaim::skillUri)
                .map(uri -> new SkillRequirement(uri, Importance.ESSENTIAL)).toList();
        var preferences = person.profile().preferences();
        return new VacancyDescription("Werk op maat", "Een vacature die precies past.", occupationUri, requirements,
                preferences.minHours(), preferences.maxHours(), person.postcode4(), false);
    }
}
