package nl.werkmotor.bench.quality;

/**
 * One way to rank documents (occupations or people) for a {@link SkillQuery}. Every ranker returns
 * only documents it scores above zero (the random one excepted), best first, and breaks ties by the
 * lowest id: ids are assigned in file or draw order, so the rule knows nothing of the target.
 */
public interface Ranker {

    String name();

    /** The ids of the at most k best documents, best first. */
    int[] top(SkillQuery query, int k);
}
