package nl.werkmotor.employers;

/**
 * Correct what an employer's profile says about them. The name stays as registered (the Chamber of
 * Commerce's); sector and size are SBI section and CBS size class names, e.g. "CONSTRUCTION", "MEDIUM".
 */
public record ChangeEmployerProfile(long employerId, String sector, String size, String postcode4) {
}
