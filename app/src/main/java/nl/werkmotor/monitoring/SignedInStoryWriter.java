package nl.werkmotor.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.FindCurrentUser;

/** The story writer behind the current request; anyone who writes no stories is refused with 403. */
@Component
class SignedInStoryWriter {

    private final FindCurrentUser users;

    SignedInStoryWriter(FindCurrentUser users) {
        this.users = users;
    }

    StoryWriter current() {
        return users.current().filter(u -> StoryWriter.ROLES.contains(u.role())).map(StoryWriter::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
