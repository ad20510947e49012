package nl.werkmotor.employers;

import nl.werkmotor.taxonomy.Sector;

/** An organisation that hires; {@code postcode4} is the 4-digit postcode of its address. */
public record Employer(long id, String name, Sector sector, SizeClass size, String postcode4) {
}
