/**
 * Vacancies: work an employer offers, described by an ESCO occupation and the skills it requires
 * (essential or optional), with hours, place (PC4) and whether it suits the banenafspraak target
 * group. {@link nl.werkmotor.vacancies.LoadingVacancies} replaces them all at once (demo regions,
 * benchmarks); {@link nl.werkmotor.vacancies.FindVacancies} reads them; {@code GET /api/v1/vacatures}
 * lists them. Calls {@code platform} (bulk loading) and {@code web} (API problems); refers to
 * employers and taxonomy concepts by id and URI only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vacancies")
package nl.werkmotor.vacancies;
