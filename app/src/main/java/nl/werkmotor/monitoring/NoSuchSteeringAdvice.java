package nl.werkmotor.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No steering advice of this id of the analyst's organisation (another organisation's is not told apart). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchSteeringAdvice extends RuntimeException {

    NoSuchSteeringAdvice(long id) {
        super("No steering advice " + id);
    }
}
