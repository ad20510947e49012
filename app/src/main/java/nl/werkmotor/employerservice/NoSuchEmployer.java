package nl.werkmotor.employerservice;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchEmployer extends RuntimeException {

    NoSuchEmployer(long employerId) {
        super("No employer " + employerId);
    }
}
