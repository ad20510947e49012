package nl.werkmotor.partners;

/** A new partner of the region, added by {@code changedBy} (a login name). */
public record AddPartner(PartnerForm form, String changedBy) {
}
