package nl.werkmotor.monitoring;

import java.util.Optional;

/** What the rows of a monitoring table are: the {@code per} parameter of the API and the page. */
public enum Per {
    ORGANISATION("organisatie"),
    SECTOR("sector"),
    TARGET_GROUP("doelgroep"),
    MUNICIPALITY("gemeente"),
    MONTH("maand"),
    INSTRUMENT("instrument");

    private final String parameter;

    Per(String parameter) {
        this.parameter = parameter;
    }

    /** The Dutch value in the URL, e.g. {@code doelgroep}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<Per> ofParameter(String value) {
        for (Per per : values()) {
            if (per.parameter.equals(value)) {
                return Optional.of(per);
            }
        }
        return Optional.empty();
    }
}
