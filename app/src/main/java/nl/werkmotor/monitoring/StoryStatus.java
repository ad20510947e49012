package nl.werkmotor.monitoring;

import java.util.Optional;

/** A story is a draft until its writer publishes it; only a published story is shown in monitoring. */
enum StoryStatus {
    DRAFT("concept"),
    PUBLISHED("gepubliceerd");

    private final String parameter;

    StoryStatus(String parameter) {
        this.parameter = parameter;
    }

    /** The Dutch name in the API. */
    String parameter() {
        return parameter;
    }

    static Optional<StoryStatus> ofParameter(String value) {
        for (StoryStatus s : values()) {
            if (s.parameter.equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
