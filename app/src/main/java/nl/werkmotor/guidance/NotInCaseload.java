package nl.werkmotor.guidance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The person is not in the case worker's caseload, or does not exist: the two look the same from outside
 * (404), so that trying ids reveals nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotInCaseload extends RuntimeException {

    NotInCaseload(long personId) {
        super("No person " + personId + " in this caseload");
    }
}
