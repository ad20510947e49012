package nl.werkmotor.engine.text;

/**
 * The steps one text may cost: a letter walked in the compound tries, a letter stemmed, a label word
 * compared with a token's terms, a candidate mention sorted or checked. Each step is a few nanoseconds of
 * work, so a budget bounds the time a text can hold a core, whatever the text, and counting steps rather
 * than watching a clock gives the same answer for the same text on every machine and under any load.
 * Not thread-safe: one per text.
 */
final class WorkBudget {

    private final long allowed;
    private final int characters;
    private long spent;

    WorkBudget(long allowed, int characters) {
        this.allowed = allowed;
        this.characters = characters;
    }

    /** For the labels of an index, which are the vocabulary itself and are not refused. */
    static WorkBudget unlimited() {
        return new WorkBudget(Long.MAX_VALUE, 0);
    }

    /** @throws TextTooComplex once more steps are spent than allowed */
    void spend(long steps) {
        spent += steps;
        if (spent > allowed) {
            throw new TextTooComplex(characters, allowed);
        }
    }

    long spent() {
        return spent;
    }
}
