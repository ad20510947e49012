package nl.werkmotor.partners;

/** No partner has this id. */
public class PartnerNotFound extends RuntimeException {

    public PartnerNotFound(long id) {
        super("No partner " + id);
    }
}
