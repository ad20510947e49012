/**
 * Learning: what providers offer to learn (modules, mbo certificates, BBL work-study tracks,
 * courses), the skills each teaches and where. {@link nl.werkmotor.learning.LoadingLearningOffers}
 * replaces them all at once (demo regions); {@link nl.werkmotor.learning.FindLearningOffers} reads
 * them. Calls {@code platform} (bulk loading); skills are ESCO URIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package nl.werkmotor.learning;
