package nl.werkmotor.savings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No scenario with this id that the organisation may see (another organisation's is not told apart). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchScenario extends RuntimeException {

    public NoSuchScenario(long id) {
        super("No scenario " + id);
    }
}
