/**
 * People: job seekers and workers with their profile, what they can (skill claims with their
 * evidence) and what they want (hours, travel radius, sectors, motivation, availability, working
 * conditions, support needs, and who may see them). Personal data: other modules read it only through
 * {@link nl.werkmotor.people.FindPeople}. {@link nl.werkmotor.people.LoadingPeople} replaces everyone at
 * once (demo regions, benchmarks); {@link nl.werkmotor.people.ChangingProfile} changes one profile, by the
 * person or a professional, with who did it, and publishes {@link nl.werkmotor.people.PersonChanged};
 * {@link nl.werkmotor.people.ErasingPerson} erases one and publishes {@link nl.werkmotor.people.PersonRemoved}.
 * {@link nl.werkmotor.people.ExportingPersonalData} puts together all a person's data for them, with what other
 * modules keep about them asked through the port {@link nl.werkmotor.people.FindPersonalDataHeldElsewhere}, which
 * they implement (they call people, so people does not call them).
 * The pages under {@code /mijn-profiel} and {@code /api/v1/mijn-profiel} are the signed-in person's own.
 * Calls {@code platform} (bulk loading), {@code taxonomy} (skills are ESCO URIs, sectors SBI; search and
 * text linking for the profile builder), {@code identity} (who is signed in), {@code processinglog} (a
 * professional's change or erasure is recorded; the export holds the person's records) and {@code web}
 * (layout, problems).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package nl.werkmotor.people;
