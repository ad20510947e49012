/**
 * Vacancies: work an employer offers, described by an ESCO occupation and the skills it requires
 * (essential or optional), with hours, place (PC4), whether it suits the banenafspraak target group,
 * and the vacancy text the employer wrote. {@link nl.werkmotor.vacancies.LoadingVacancies} replaces
 * them all at once (demo regions, benchmarks) and publishes {@code VacanciesReplaced};
 * {@link nl.werkmotor.vacancies.PublishingVacancy}, {@link nl.werkmotor.vacancies.ChangingVacancy} and
 * {@link nl.werkmotor.vacancies.WithdrawingVacancy} write one vacancy of one employer after checking the
 * whole description, and publish {@code VacancyChanged} or {@code VacancyRemoved} so that matching updates
 * that one vacancy; they keep who entered and who last changed it (a
 * {@link nl.werkmotor.vacancies.VacancyAuthor} the caller names; read back as
 * {@link nl.werkmotor.vacancies.VacancyEdits}, for the employer's side only, so never part of
 * {@link nl.werkmotor.vacancies.Vacancy}); {@link nl.werkmotor.vacancies.FindVacancies} reads them;
 * {@code GET /api/v1/vacatures} lists them. Calls {@code platform} (bulk loading), {@code web} (API problems), {@code taxonomy} and
 * {@code places} (checking that an occupation, a skill or a postcode exists, and that the postcode lies in the
 * deployment's region); refers to employers by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vacancies")
package nl.werkmotor.vacancies;
