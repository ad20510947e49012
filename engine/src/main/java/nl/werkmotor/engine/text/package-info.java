/**
 * Text search over taxonomy labels in Dutch and English: type-ahead, and linking free text to concepts.
 *
 * <p>Build a {@link nl.werkmotor.engine.text.LabelIndex} once from every label of every concept
 * (preferred, alternative, hidden, crosswalk title; Dutch or English) and ask it a
 * {@link nl.werkmotor.engine.text.LabelQuery}; it answers the best concepts as
 * {@link nl.werkmotor.engine.text.LabelHit}s, one per concept, with the label that matched.
 *
 * <p>Why it finds what a Dutch user types:
 * <ul>
 * <li>case and accents are folded away ("Café" = "cafe");</li>
 * <li>words are also indexed by their Snowball stem in the label's language ("verzorgenden" ~ "verzorgende");</li>
 * <li>Dutch compounds are split on known words and neighbouring words joined ("heftruck" finds
 * "heftruckchauffeur", "buschauffeur" finds "chauffeur bus");</li>
 * <li>the last word is completed as it is typed ("buschauf").</li>
 * </ul>
 * Every word must match; {@link nl.werkmotor.engine.text.Ranking} orders the matches. The index is
 * tested against a brute-force scan of the same analysis on random labels.
 *
 * <p>{@link nl.werkmotor.engine.text.TextLinker}, built over the same labels with the same analysis,
 * goes the other way: it finds the concepts a running text (a vacancy, a CV) names, with character
 * spans for highlighting and confirmation, and ranks the concepts a job title or skill phrase may
 * stand for. Type-ahead asks every typed word to match a label; linking asks a label's rarest word
 * to occur in the text and scores how much of the label the neighbouring words cover, so
 * "heftruckchauffeur" also names "heftrucks bedienen". Normalization is the label index with whole
 * words (no completion of the last one), filled up with such partial matches, so "klantgericht werken"
 * still finds "zorgen voor klantgerichtheid". The linker too is tested against a brute-force twin.
 * Its work grows linearly with the text however the text is made (one word of 20,000 letters costs
 * milliseconds), and a text beyond its allowance of steps is refused whole
 * ({@link nl.werkmotor.engine.text.TextTooComplex}).
 *
 * <p>Uses Lucene's analysis jar only for ASCII folding and its Snowball stemmers; the index itself
 * is plain arrays.
 */
package nl.werkmotor.engine.text;
