package nl.werkmotor.savings;

import java.math.BigDecimal;

/**
 * The assumptions a scenario states, each shown with its value and its source, editable, and "to be checked by
 * the region". The defaults are those of the Motor blueprint's own sum where it gives one.
 */
public enum Assumption {

    /** How many people the intervention brings into lasting work or keeps there, a year. */
    PEOPLE("aantalPersonen", Unit.PEOPLE, ScenarioStep.INTERVENTION, "1", "1000000",
            "1",
            "Aanname: de rekensom van de blauwdruk van de Motor rekent per persoon. Te controleren door de regio."),
    /** What one person on a benefit costs the partners a year. */
    BENEFIT_COST_PER_YEAR("uitkeringPerJaar", Unit.EUROS, ScenarioStep.BENEFITS, "0", "1000000",
            "29000",
            "De Motor (TNO), blauwdruk: \"de gemiddelde kosten van een werkzoekende per jaar (ongeveer €29.000 per"
                    + " jaar)\", noot 52 (Sandee R., Gemeente.nu, 2018). Te controleren door de regio."),
    /** Months of benefit a lasting placement saves in each year of the horizon. */
    BENEFIT_MONTHS_SAVED_PER_YEAR("maandenBespaardPerJaar", Unit.MONTHS, ScenarioStep.BENEFITS, "0", "12",
            "12",
            "Aanname: wie duurzaam werkt, heeft het hele jaar geen uitkering nodig. Te controleren door de regio,"
                    + " met de eigen plaatsingen zodra die worden vastgelegd."),
    /** The share of the placements that lasts. */
    SHARE_LASTING("aandeelDuurzaam", Unit.PERCENT, ScenarioStep.BENEFITS, "0", "100",
            "100",
            "Aanname: de rekensom van de blauwdruk rekent elke plaatsing als duurzaam. Te controleren door de regio,"
                    + " met de eigen plaatsingen zodra die worden vastgelegd."),
    /** The yearly rate at which later amounts are worth less today (MKBA practice). */
    DISCOUNT_RATE("discontovoet", Unit.PERCENT, ScenarioStep.TIME_HORIZON, "0", "15",
            "2.25",
            "Discontovoet voor maatschappelijke kosten-batenanalyses: 2,25 % (advies Werkgroep discontovoet 2020,"
                    + " overgenomen door het kabinet). Te controleren door de regio.");

    /** What the value counts. */
    public enum Unit { PEOPLE, EUROS, MONTHS, PERCENT }

    private final String field;
    private final Unit unit;
    private final ScenarioStep step;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal defaultValue;
    private final String defaultSource;

    Assumption(String field, Unit unit, ScenarioStep step, String min, String max, String defaultValue,
               String defaultSource) {
        this.field = field;
        this.unit = unit;
        this.step = step;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.defaultValue = new BigDecimal(defaultValue);
        this.defaultSource = defaultSource;
    }

    /** The name of the value's field on the form and in the API; its source is {@code field + "Bron"}. */
    public String field() {
        return field;
    }

    public String sourceField() {
        return field + "Bron";
    }

    public Unit unit() {
        return unit;
    }

    public ScenarioStep step() {
        return step;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public AssumptionValue byDefault() {
        return new AssumptionValue(this, defaultValue, defaultSource);
    }
}
