package nl.werkmotor.people;

import java.time.Instant;

import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;

/** Puts together everything kept about one person, for them to download. */
@Component
public class ExportingPersonalData {

    private final FindPeople people;
    private final FindSkill skills;

    ExportingPersonalData(FindPeople people, FindSkill skills) {
        this.people = people;
        this.skills = skills;
    }

    /** @throws PersonNotFound when there is no such person */
    public PersonalDataExport export(long personId, Language language) {
        Person person = people.byId(personId).orElseThrow(() -> new PersonNotFound(personId));
        return new PersonalDataExport(Instant.now(), profile(person, language), people.changes(personId));
    }

    OwnProfile profile(Person person, Language language) {
        return OwnProfile.of(person, ProfileSkills.of(person, skills, language));
    }
}
