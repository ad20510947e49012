/**
 * Monitoring and steering (issue 13, item 5): the region's placements, lasting placements and benefit outflow per
 * organisation, sector, target group, municipality and month, against the agreed targets, for the beleidsmedewerker.
 * Aggregates only: counts of distinct people, after suppression ({@link nl.werkmotor.monitoring.MonitoringTable}: no
 * figure under 5 people is shown, nor one that a shown total less shown cells would give away). This module never
 * returns a person, so it reads nobody's data for anyone and writes nothing to the processing log. Beside the
 * placements: the vacancies open longer than eight weeks with the number of people who could fill each (matching's
 * {@code FindingOpenVacancies}; {@link nl.werkmotor.monitoring.OpenVacanciesReport}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package nl.werkmotor.monitoring;
