package nl.werkmotor.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No story of this id that the caller may read or change: the same answer whether it exists or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchStory extends RuntimeException {

    NoSuchStory(long id) {
        super("No story " + id);
    }
}
