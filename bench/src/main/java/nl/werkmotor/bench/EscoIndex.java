package nl.werkmotor.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.werkmotor.engine.text.LabelIndex;

/**
 * The label index over ESCO labels as the application builds it, with the URI of each concept number, so
 * that a benchmark can check its answers by URI.
 */
record EscoIndex(LabelIndex index, List<String> uris) {

    static EscoIndex of(List<EscoLabelFiles.ConceptLabel> labels) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> uris = new ArrayList<>();
        LabelIndex.Builder builder = LabelIndex.builder();
        for (EscoLabelFiles.ConceptLabel label : labels) {
            int id = ids.computeIfAbsent(label.uri(), uri -> {
                uris.add(uri);
                return uris.size() - 1;
            });
            builder.add(id, label.kind(), label.language(), label.type(), label.text());
        }
        return new EscoIndex(builder.build(), List.copyOf(uris));
    }
}
