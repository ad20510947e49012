package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.engine.text.ConceptKind;
import nl.werkmotor.engine.text.TextMention;
import nl.werkmotor.engine.text.TextTooComplex;

/**
 * Finds the ESCO skills and occupations a free text names, with the spans that name them, so a person
 * can confirm them (see the engine's {@code TextLinker}). Reads the label snapshot of
 * {@link SearchingTaxonomy}; no second index.
 */
@Component
public class LinkingText {

    private final SearchingTaxonomy searching;

    LinkingText(SearchingTaxonomy searching) {
        this.searching = searching;
    }

    /**
     * The mentions, most certain first, then in the order of the text.
     *
     * @throws TextLinkingRefused for a text that would cost more than its length allows (never a vacancy or CV)
     */
    public List<TextMentionFound> link(LinkText command) {
        SearchingTaxonomy.Snapshot snapshot = searching.snapshot();
        List<TextMention> mentions;
        try {
            mentions = snapshot.linker().mentions(command.text(), SearchingTaxonomy.labelLanguage(command.language()));
        } catch (TextTooComplex e) {
            throw new TextLinkingRefused(e.characters());
        }
        List<TextMentionFound> found = new ArrayList<>(mentions.size());
        for (TextMention m : mentions) {
            TaxonomySearchHit hit = snapshot.hit(m.conceptId(), command.language(), m.label(), m.language(), m.type());
            found.add(new TextMentionFound(hit.uri(), hit.id(), m.kind() == ConceptKind.OCCUPATION ? "occupation" : "skill",
                    hit.label(), m.start(), m.end(), command.text().substring(m.start(), m.end()), round(m.score()),
                    hit.matched()));
        }
        return found;
    }

    /** Four decimals say all a reader can use; the engine's order stays as it was. */
    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
