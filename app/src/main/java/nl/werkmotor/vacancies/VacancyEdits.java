package nl.werkmotor.vacancies;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Who entered a vacancy and who last changed it, for the employer and the account manager acting for them
 * ({@link FindVacancies#edits}). Not part of {@link Vacancy}, which job seekers and the showcase read too: they
 * never learn who at the employer or the WSP wrote it.
 *
 * @param entered     null for vacancies loaded in bulk or entered before Werkmotor kept this
 * @param lastChanged null while it is as entered (or was last changed before Werkmotor kept this)
 */
public record VacancyEdits(Edit entered, Edit lastChanged) {

    public record Edit(VacancyAuthor by, Instant at) {

        private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

        /** When, on the clock of the employer who reads it. */
        public ZonedDateTime localTime() {
            return at.atZone(DUTCH_TIME);
        }
    }
}
