package nl.werkmotor.showcase;

import nl.werkmotor.taxonomy.Language;

/** Show the showcase of this vacancy, skill names in this language. */
public record ViewShowcase(long vacancyId, Language language) {
}
