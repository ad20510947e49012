package nl.werkmotor.guidance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The proposal does not exist on this person's file: another person's proposal under this file's path looks
 * the same as an unknown id (404), as an introduction of another person does.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchProposal extends RuntimeException {

    NoSuchProposal(long personId, long proposalId) {
        super("No proposal " + proposalId + " for person " + personId);
    }
}
