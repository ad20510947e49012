package nl.werkmotor.partners;

/**
 * A municipality among the partners, for figures per municipality (per 10,000 inhabitants).
 *
 * @param code           its CBS code, e.g. GM0599
 * @param organisationId identity's organisation id its users carry
 */
public record MunicipalityPartner(String code, String name, String organisationId, Inhabitants inhabitants) {
}
