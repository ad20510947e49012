package nl.werkmotor.showcase;

/** @param share true: the employer's side sees the name and contact details again; false: no longer */
public record ShareContactDetails(long introductionId, boolean share) {
}
