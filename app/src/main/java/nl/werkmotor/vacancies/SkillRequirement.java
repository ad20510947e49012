package nl.werkmotor.vacancies;

/** A skill a vacancy asks for, as an ESCO skill or knowledge URI. */
public record SkillRequirement(String skillUri, Importance importance) {
}
