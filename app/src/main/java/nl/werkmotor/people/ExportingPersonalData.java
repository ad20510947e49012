package nl.werkmotor.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.LogboekRecord;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;

/** Puts together everything kept about one person, for them to download: nothing left out, the processing log included. */
@Component
public class ExportingPersonalData {

    private static final int PAGE = 1_000;

    private final FindPeople people;
    private final FindSkill skills;
    private final FindProcessingRecords processing;

    ExportingPersonalData(FindPeople people, FindSkill skills, FindProcessingRecords processing) {
        this.people = people;
        this.skills = skills;
        this.processing = processing;
    }

    /** @throws PersonNotFound when there is no such person */
    public PersonalDataExport export(long personId, Language language) {
        Person person = people.byId(personId).orElseThrow(() -> new PersonNotFound(personId));
        return new PersonalDataExport(Instant.now(), profile(person, language),
                people.changes(personId).stream().map(c -> PersonalDataExport.Change.of(c, language)).toList(),
                processingRecords(personId));
    }

    private List<LogboekRecord> processingRecords(long personId) {
        List<LogboekRecord> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<ProcessingRecord> records = processing.aboutPerson(personId, page, PAGE);
            records.forEach(r -> all.add(r.asLogboekRecord()));
            if (records.size() < PAGE) {
                return all;
            }
        }
    }

    OwnProfile profile(Person person, Language language) {
        return OwnProfile.of(person, ProfileSkills.of(person, skills, language));
    }
}
