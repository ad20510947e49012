package nl.werkmotor;

import java.util.Map;
import java.util.stream.Collectors;

import nl.werkmotor.platform.Refusal;

/** What a use case refused for: every field with its Dutch reasons (joined), for a test to compare at once. */
public final class RefusalReasons {

    private RefusalReasons() {
    }

    /** @throws AssertionError when the call was not refused */
    public static Map<String, String> of(Runnable refused) {
        try {
            refused.run();
        } catch (Refusal refusal) {
            return refusal.reasons().stream().collect(Collectors.toMap(Refusal.Reason::field, Refusal.Reason::nl,
                    (a, b) -> a + " " + b));
        }
        throw new AssertionError("not refused");
    }
}
