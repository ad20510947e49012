package nl.werkmotor.people;

/** There is no such code in the target-group list. */
public class TargetGroupNotFound extends RuntimeException {

    public TargetGroupNotFound(String code) {
        super("No target group " + code);
    }
}
