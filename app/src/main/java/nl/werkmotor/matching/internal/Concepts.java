package nl.werkmotor.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.werkmotor.taxonomy.Label;
import nl.werkmotor.taxonomy.Language;

/**
 * Taxonomy concepts (skills or occupations) numbered densely for the engine: id {@code i} is the
 * {@code i}-th URI. Never changed once built.
 */
final class Concepts {

    private final String[] uris;
    private final String[] english;
    private final String[] dutch;
    private final Map<String, Integer> ids;

    Concepts(List<String> uris, List<String> english, List<String> dutch) {
        this.uris = uris.toArray(String[]::new);
        this.english = english.toArray(String[]::new);
        this.dutch = dutch.toArray(String[]::new);
        this.ids = HashMap.newHashMap(uris.size());
        for (int i = 0; i < this.uris.length; i++) {
            ids.put(this.uris[i], i);
        }
    }

    int size() {
        return uris.length;
    }

    /** @return the id, or -1 for a URI this taxonomy does not have */
    int id(String uri) {
        Integer id = ids.get(uri);
        return id == null ? -1 : id;
    }

    String uri(int id) {
        return uris[id];
    }

    Label label(int id, Language language) {
        return Label.of(language, dutch[id], english[id]);
    }
}
