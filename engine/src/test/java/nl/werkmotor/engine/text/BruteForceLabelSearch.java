package nl.werkmotor.engine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slow twin of {@link LabelIndex}: the same analysis and ranking, but every label compared with
 * every query word directly, without term dictionary, postings, prefix ranges or stamps.
 */
final class BruteForceLabelSearch {

    record Label(int conceptId, ConceptKind kind, LabelLanguage language, LabelType type, String text) {
    }

    private final List<Label> labels;
    private final List<AnalyzedLabel> analyzed = new ArrayList<>();
    private final LabelAnalyzer analyzer = new LabelAnalyzer();

    BruteForceLabelSearch(List<Label> labels) {
        this.labels = labels;
        List<List<String>> words = labels.stream().map(l -> analyzer.words(l.text())).toList();
        Compounds compounds = LabelIndex.Builder.compounds(words);
        for (int i = 0; i < labels.size(); i++) {
            analyzed.add(AnalyzedLabel.of(analyzer, compounds, labels.get(i).language(), words.get(i)));
        }
    }

    LabelIndex index() {
        LabelIndex.Builder builder = LabelIndex.builder();
        labels.forEach(l -> builder.add(l.conceptId(), l.kind(), l.language(), l.type(), l.text()));
        return builder.build();
    }

    List<LabelHit> search(LabelQuery query) {
        List<String> words = analyzer.words(query.text());
        boolean prefix = LabelAnalyzer.endsInWord(query.text());
        if (words.size() > Ranking.MAX_QUERY_WORDS) {
            words = words.subList(0, Ranking.MAX_QUERY_WORDS);
            prefix = false;
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Map<Integer, LabelHit> best = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            if (query.kind() != null && label.kind() != query.kind()) {
                continue;
            }
            int sum = 0;
            int min = Integer.MAX_VALUE;
            for (int w = 0; w < words.size(); w++) {
                int quality = quality(analyzed.get(i), label.language(), words.get(w), prefix && w == words.size() - 1);
                sum += quality;
                min = Math.min(min, quality);
            }
            if (min == 0) {
                continue;
            }
            int labelWords = analyzed.get(i).words().size();
            long rank = Ranking.rank(min >= Ranking.WORD && labelWords == words.size(), sum,
                    label.language() == query.language(), label.type(), Math.max(0, labelWords - words.size()),
                    label.text().length(), label.conceptId());
            LabelHit hit = new LabelHit(label.conceptId(), label.kind(), label.text(), label.language(), label.type(), rank);
            best.merge(label.conceptId(), hit, (a, b) -> b.rank() > a.rank() ? b : a); // equal: the earlier label stays
        }
        return best.values().stream().sorted(Comparator.comparingLong(LabelHit::rank).reversed()).limit(query.k()).toList();
    }

    private int quality(AnalyzedLabel label, LabelLanguage language, String word, boolean prefix) {
        int quality = 0;
        if (label.words().contains(word) || label.stems().contains(analyzer.stem(language, word))) {
            quality = Ranking.WORD;
        } else if (label.parts().contains(word)) {
            quality = Ranking.PART;
        } else if (prefix && label.words().stream().anyMatch(w -> w.startsWith(word))) {
            quality = Ranking.PREFIX;
        } else if (prefix && label.parts().stream().anyMatch(p -> p.startsWith(word))) {
            quality = Ranking.PREFIX_PART;
        }
        return quality;
    }
}
