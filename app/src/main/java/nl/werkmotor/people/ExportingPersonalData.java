package nl.werkmotor.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.LogboekRecord;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;

/**
 * Puts together everything kept about one person, for them to download: nothing left out. This module's tables, the
 * processing log, and every other module's sections ({@link FindPersonalDataHeldElsewhere}), each naming the tables
 * it read.
 */
@Component
public class ExportingPersonalData {

    private static final int PAGE = 1_000;
    /** This module's tables: the profile (with its preferences), its skills and its changes. */
    private static final List<String> TABLES = List.of("person", "person_skill", "person_change");

    private final FindPeople people;
    private final FindSkill skills;
    private final FindProcessingRecords processing;
    private final ObjectProvider<FindPersonalDataHeldElsewhere> elsewhere;

    ExportingPersonalData(FindPeople people, FindSkill skills, FindProcessingRecords processing,
                          ObjectProvider<FindPersonalDataHeldElsewhere> elsewhere) {
        this.people = people;
        this.skills = skills;
        this.processing = processing;
        this.elsewhere = elsewhere;
    }

    /** @throws PersonNotFound when there is no such person */
    public PersonalDataExport export(long personId, Language language) {
        Person person = people.byId(personId).orElseThrow(() -> new PersonNotFound(personId));
        List<PersonalDataSection> sections = elsewhere.orderedStream()
                .flatMap(module -> module.about(personId, language).stream()).toList();
        TreeSet<String> sources = new TreeSet<>(TABLES);
        sources.add(FindProcessingRecords.TABLE);
        sections.forEach(section -> sources.addAll(section.sources()));
        return new PersonalDataExport(Instant.now(), profile(person, language),
                people.changes(personId).stream().map(c -> PersonalDataExport.Change.of(c, language)).toList(),
                processingRecords(personId), sections, List.copyOf(sources));
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
        return OwnProfile.of(person, people.eligibilityFacts(person.id()).orElseGet(() -> EligibilityFacts.of(person)),
                ProfileSkills.of(person, skills, language));
    }
}
