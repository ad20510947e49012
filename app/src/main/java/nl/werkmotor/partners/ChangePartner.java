package nl.werkmotor.partners;

/** New facts of partner {@code id}, changed by {@code changedBy} (a login name). */
public record ChangePartner(long id, PartnerForm form, String changedBy) {
}
