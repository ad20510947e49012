package nl.werkmotor.engine.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms one label is found by: its words, their stems in the label's language, and the compound
 * parts and joins of its words ({@link Compounds}).
 */
record AnalyzedLabel(List<String> words, Set<String> stems, Set<String> parts) {

    static AnalyzedLabel of(LabelAnalyzer analyzer, Compounds compounds, LabelLanguage language, List<String> words) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words) {
            stems.add(analyzer.stem(language, word));
        }
        return new AnalyzedLabel(words, stems, compounds.parts(language, words));
    }
}
