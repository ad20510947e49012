/**
 * Taxonomy: the skills language. Owns the imported ESCO taxonomy (occupations, skills and knowledge,
 * their relations, groups, hierarchy, ISCO groups, collections, English and Dutch labels and Dutch
 * crosswalk titles), its import, search and browse. Other modules read it only through this package:
 * {@link nl.werkmotor.taxonomy.FindOccupation}, {@link nl.werkmotor.taxonomy.FindSkill},
 * {@link nl.werkmotor.taxonomy.FindOccupationProfiles}, {@link nl.werkmotor.taxonomy.FindTaxonomyVersion},
 * {@link nl.werkmotor.taxonomy.SearchingTaxonomy} (type-ahead over all Dutch and English labels, kept
 * in memory in the engine's label index), {@link nl.werkmotor.taxonomy.LinkingText} (the skills and
 * occupations a free text names, with spans) and {@link nl.werkmotor.taxonomy.NormalizingText} (a title
 * or skill phrase to ranked concepts; also the {@code normalize-titles} and {@code normalize-skills}
 * batch commands), and hear {@link nl.werkmotor.taxonomy.TaxonomyImported} to
 * reload what they derive from it.
 * {@link nl.werkmotor.taxonomy.ImportingTaxonomy} replaces the whole taxonomy in one transaction.
 * Calls {@code platform} (its command line) and {@code web} (menu entries, API problems).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy")
package nl.werkmotor.taxonomy;
