package nl.werkmotor.taxonomy;

/** Published after an import has committed: the taxonomy was replaced as a whole, reload what depends on it. */
public record TaxonomyImported(String version, int occupations, int skills, int occupationSkillRelations, int labels) {
}
