/**
 * People: job seekers and workers with their profile, what they can (skill claims with their
 * evidence) and what they want (hours, travel radius, sectors, motivation, availability, and who may
 * see them). Personal data: other modules read it only through {@link nl.werkmotor.people.FindPeople}.
 * {@link nl.werkmotor.people.LoadingPeople} replaces everyone at once (demo regions, benchmarks).
 * Calls {@code platform} (bulk loading) and {@code taxonomy} (skills are ESCO URIs, sectors SBI).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package nl.werkmotor.people;
