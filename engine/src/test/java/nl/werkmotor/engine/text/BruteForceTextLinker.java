package nl.werkmotor.engine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slow twin of {@link TextLinker#mentions}: the same definitions (terms, weights, anchors, runs,
 * scores, overlap rule) on strings and lists, every label tried at every token, every candidate
 * compared with every accepted one, compounds split by the old splitter ({@link BruteForceCompounds}); no
 * dictionary ids, anchor postings, stamps, owner arrays or tries.
 */
final class BruteForceTextLinker {

    private final List<BruteForceLabelSearch.Label> labels;
    private final LabelAnalyzer analyzer = new LabelAnalyzer();
    private final BruteForceCompounds compounds;
    /** Term keys ("nl:stem", "en:stem") in the order first met, which breaks ties between anchors. */
    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final Map<String, Integer> frequency = new LinkedHashMap<>();
    private final List<List<String>> labelTerms = new ArrayList<>();

    BruteForceTextLinker(List<BruteForceLabelSearch.Label> labels) {
        this.labels = labels;
        List<List<String>> words = labels.stream().map(l -> analyzer.words(l.text())).toList();
        compounds = BruteForceCompounds.of(words);
        for (int l = 0; l < labels.size(); l++) {
            LabelLanguage language = labels.get(l).language();
            Set<String> terms = new LinkedHashSet<>();
            for (String word : words.get(l)) {
                String key = key(language, analyzer.stem(language, word));
                order.putIfAbsent(key, order.size());
                terms.add(key);
            }
            labelTerms.add(terms.size() > TextLinker.MAX_LABEL_TERMS ? List.of() : List.copyOf(terms));
            for (String term : labelTerms.getLast()) {
                frequency.merge(term, 1, Integer::sum);
            }
        }
    }

    private static String key(LabelLanguage language, String stem) {
        return language + ":" + stem;
    }

    private double weight(String term) {
        return Math.log1p((double) labels.size() / Math.max(1, frequency.getOrDefault(term, 0)));
    }

    private String anchor(List<String> terms) {
        return terms.stream().min(Comparator.<String>comparingInt(t -> frequency.get(t)).thenComparing(order::get))
                .orElse(null);
    }

    /** A token's terms: whole (its stems) and parts (stems of its compound parts), only those some label has. */
    private record TokenTerms(Set<String> whole, Set<String> parts) {
    }

    private TokenTerms terms(String word) {
        Set<String> whole = new HashSet<>();
        Set<String> parts = new HashSet<>();
        for (LabelLanguage language : LabelLanguage.values()) {
            String key = key(language, analyzer.stem(language, word));
            if (order.containsKey(key)) {
                whole.add(key);
            }
        }
        if (TextLinker.isVerbWithT(word)) {
            String key = key(LabelLanguage.NL, analyzer.stem(LabelLanguage.NL, word.substring(0, word.length() - 1)));
            if (order.containsKey(key)) {
                whole.add(key);
            }
        }
        if (word.length() >= 7) {
            for (String part : compounds.parts(LabelLanguage.NL, List.of(word))) {
                String key = key(LabelLanguage.NL, analyzer.stem(LabelLanguage.NL, part));
                if (order.containsKey(key) && !whole.contains(key)) {
                    parts.add(key);
                }
            }
        }
        return new TokenTerms(whole, parts);
    }

    private record Candidate(int label, int left, int right, double score) {
        double cover() {
            return (right - left + 1) * score;
        }

        boolean overlaps(Candidate other) {
            return left <= other.right && other.left <= right;
        }
    }

    List<TextMention> mentions(List<TextLinker.Token> tokens, LabelLanguage language) {
        List<TokenTerms> terms = tokens.stream().map(t -> terms(t.word())).toList();
        Set<Candidate> found = new LinkedHashSet<>();
        for (int l = 0; l < labels.size(); l++) {
            List<String> label = labelTerms.get(l);
            String anchor = anchor(label);
            for (int a = 0; a < tokens.size() && anchor != null; a++) {
                if (!has(terms.get(a), anchor)) {
                    continue;
                }
                int left = a;
                int right = a;
                while (right + 1 < tokens.size() && sharesTerm(terms.get(right + 1), label)) {
                    right++;
                }
                while (left > 0 && sharesTerm(terms.get(left - 1), label)) {
                    left--;
                }
                double matched = 0;
                double total = 0;
                for (String term : label) {
                    total += weight(term);
                    boolean whole = false;
                    boolean part = false;
                    for (int t = left; t <= right; t++) {
                        whole |= terms.get(t).whole().contains(term);
                        part |= terms.get(t).parts().contains(term);
                    }
                    matched += whole ? weight(term) : part ? TextLinker.PART * weight(term) : 0;
                }
                boolean sameLanguage = labels.get(l).language() == language;
                double share = matched / total;
                double score = sameLanguage ? share : share * TextLinker.OTHER_LANGUAGE;
                if (score >= TextLinker.MIN_SCORE && (sameLanguage || share == 1.0)) {
                    found.add(new Candidate(l, left, right, score));
                }
            }
        }
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(Candidate::cover).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(c -> -labels.get(c.label()).type().rank)
                .thenComparingInt(c -> labels.get(c.label()).conceptId())
                .thenComparingInt(Candidate::label)
                .thenComparingInt(Candidate::left));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : sorted) {
            ConceptKind kind = labels.get(c.label()).kind();
            List<Candidate> overlapping = accepted.stream()
                    .filter(a -> labels.get(a.label()).kind() == kind && a.overlaps(c)).toList();
            boolean twin = !overlapping.isEmpty() && overlapping.stream().allMatch(a -> a.left() == c.left()
                    && a.right() == c.right() && a.score() == c.score()
                    && labels.get(a.label()).conceptId() != labels.get(c.label()).conceptId());
            if (overlapping.isEmpty() || twin) {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::left));
        List<TextMention> mentions = new ArrayList<>();
        for (Candidate c : accepted) {
            BruteForceLabelSearch.Label label = labels.get(c.label());
            mentions.add(new TextMention(label.conceptId(), label.kind(), tokens.get(c.left()).start(),
                    tokens.get(c.right()).end(), label.text(), label.language(), label.type(), c.score()));
        }
        return mentions;
    }

    private static boolean has(TokenTerms terms, String term) {
        return terms.whole().contains(term) || terms.parts().contains(term);
    }

    private static boolean sharesTerm(TokenTerms terms, List<String> label) {
        return label.stream().anyMatch(t -> has(terms, t));
    }
}
