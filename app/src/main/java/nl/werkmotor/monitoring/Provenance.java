package nl.werkmotor.monitoring;

import java.time.LocalDate;

/**
 * Where a figure comes from: the records (module and table), counted until when, and how, in words for the page
 * and the API.
 *
 * @param source     module and table, e.g. {@code placements: placement}
 * @param countedTo  the last day counted
 * @param howCounted how, in Dutch (the UI's language; the API answers it as is)
 */
public record Provenance(String source, LocalDate countedTo, String howCounted) {
}
