/**
 * Taxonomy: the skills language. Owns the imported ESCO taxonomy (occupations, skills and knowledge,
 * their relations, groups, hierarchy, ISCO groups, collections, English and Dutch labels and Dutch
 * crosswalk titles), its import, search and browse. Other modules read it only through this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy")
package nl.werkmotor.taxonomy;
