package nl.werkmotor.people;

import java.util.List;

import nl.werkmotor.taxonomy.Language;

/**
 * What other modules keep about a person, for the person's data export (AVG articles 15 and 20): their
 * introductions, what their case worker recorded, and so on. The port through which {@link ExportingPersonalData}
 * collects it: those modules call people, so people cannot call them; each implements this.
 */
public interface FindPersonalDataHeldElsewhere {

    /**
     * For the person's own export only: the caller is the person. A section for every table of the module that holds
     * data about a person, an empty one too, so that the export names every such table.
     */
    List<PersonalDataSection> about(long personId, Language language);
}
