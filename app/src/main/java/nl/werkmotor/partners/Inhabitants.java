package nl.werkmotor.partners;

/**
 * How many people live in a municipality, with the year the number is from (CBS counts on 1 January).
 *
 * @param count positive
 */
public record Inhabitants(int count, int year) {
}
