/**
 * Text search over taxonomy labels, for type-ahead in Dutch and English.
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
 * <p>Uses Lucene's analysis jar only for ASCII folding and its Snowball stemmers; the index itself
 * is plain arrays.
 */
package nl.werkmotor.engine.text;
