package nl.werkmotor.people;

/** "I can": an ESCO skill or knowledge URI and how well that is backed. */
public record SkillClaim(String skillUri, Evidence evidence) {
}
