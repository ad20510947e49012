package nl.werkmotor.toolbox;

/**
 * A change to one instrument of a draft edition, as typed: its amount and cap (euros, empty for none), the date it
 * ends (empty: open) and its conditions in Dutch and English.
 */
public record ChangeInstrument(long editionId, String code, String amount, String capPerYear, String validTo,
                               String conditionsNl, String conditionsEn) {
}
