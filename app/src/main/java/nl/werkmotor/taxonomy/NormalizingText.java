package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.engine.text.ConceptKind;
import nl.werkmotor.engine.text.ConceptMatch;
import nl.werkmotor.engine.text.TextTooComplex;

/**
 * Maps a job title onto ranked ESCO occupations, or a skill phrase onto ranked skills: the label index
 * with whole-word semantics, filled up with partial label matches (see the engine's
 * {@code TextLinker#normalize}). Reads the label snapshot of {@link SearchingTaxonomy}.
 */
@Component
public class NormalizingText {

    private final SearchingTaxonomy searching;

    NormalizingText(SearchingTaxonomy searching) {
        this.searching = searching;
    }

    /**
     * The best concepts first; none when no word of the text is in any label.
     *
     * @throws TextLinkingRefused for a text that would cost more than its length allows (never a title or phrase)
     */
    public List<NormalizedConcept> normalize(NormalizeText command) {
        return normalize(searching.snapshot(), command);
    }

    /** Against {@code snapshot} rather than the imported taxonomy (a package read by a batch command). */
    static List<NormalizedConcept> normalize(SearchingTaxonomy.Snapshot snapshot, NormalizeText command) {
        ConceptKind kind = command.concepts() == TaxonomySearch.Concepts.OCCUPATIONS ? ConceptKind.OCCUPATION
                : ConceptKind.SKILL;
        List<ConceptMatch> matches;
        try {
            matches = snapshot.linker().normalize(command.text(), kind, SearchingTaxonomy.labelLanguage(command.language()),
                    command.limit());
        } catch (TextTooComplex e) {
            throw new TextLinkingRefused(e.characters());
        }
        List<NormalizedConcept> found = new ArrayList<>(matches.size());
        for (ConceptMatch m : matches) {
            found.add(new NormalizedConcept(snapshot.hit(m.conceptId(), command.language(), m.label(), m.language(),
                    m.type()), m.score()));
        }
        return found;
    }
}
