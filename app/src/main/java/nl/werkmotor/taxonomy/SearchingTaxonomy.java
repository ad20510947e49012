package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.engine.text.ConceptKind;
import nl.werkmotor.engine.text.LabelHit;
import nl.werkmotor.engine.text.LabelIndex;
import nl.werkmotor.engine.text.LabelLanguage;
import nl.werkmotor.engine.text.LabelQuery;
import nl.werkmotor.engine.text.LabelType;
import nl.werkmotor.platform.LazySnapshot;

/**
 * Type-ahead search over every label of the current taxonomy, in memory ({@link LabelIndex}). The
 * index is built from the {@code concept_label} table when a web server is ready (in the background)
 * or at the first search, whichever comes first; commands such as {@code import-taxonomy} never build
 * it. After an import it is rebuilt and swapped in one reference assignment, so searches running
 * meanwhile still see the previous taxonomy as a whole.
 */
@Component
public class SearchingTaxonomy {

    private static final Logger log = LoggerFactory.getLogger(SearchingTaxonomy.class);

    private final JdbcTemplate jdbc;
    private final LazySnapshot<Snapshot> snapshot = new LazySnapshot<>("taxonomy-search-index", this::build);

    SearchingTaxonomy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<TaxonomySearchHit> search(TaxonomySearch search) {
        Snapshot snapshot = this.snapshot.get();
        ConceptKind kind = search.concepts() == TaxonomySearch.Concepts.OCCUPATIONS ? ConceptKind.OCCUPATION : ConceptKind.SKILL;
        LabelLanguage language = search.language() == Language.NL ? LabelLanguage.NL : LabelLanguage.EN;
        List<LabelHit> hits = snapshot.index.search(new LabelQuery(search.text(), kind, language, search.limit()));
        List<TaxonomySearchHit> found = new ArrayList<>(hits.size());
        for (LabelHit hit : hits) {
            int concept = hit.conceptId();
            String uri = snapshot.uris[concept];
            found.add(new TaxonomySearchHit(uri, uri.substring(uri.lastIndexOf('/') + 1),
                    Label.of(search.language(), snapshot.dutch[concept], snapshot.english[concept]),
                    new TaxonomySearchHit.MatchedLabel(hit.label(), hit.language().name().toLowerCase(Locale.ROOT),
                            hit.type().name().toLowerCase(Locale.ROOT))));
        }
        return found;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            snapshot.warmUpInBackground();
        }
    }

    /** Rebuilds only an index that exists: a command that imports has no use for one. */
    @EventListener
    void on(TaxonomyImported imported) {
        snapshot.rebuildIfBuilt();
    }

    private Snapshot build() {
        long start = System.nanoTime();
        Map<String, Integer> ids = new HashMap<>();
        List<String> uris = new ArrayList<>();
        LabelIndex.Builder builder = LabelIndex.builder();
        jdbc.query("select concept_uri, concept_kind, lang, label_type, label from concept_label", rs -> {
            String uri = rs.getString(1);
            int id = ids.computeIfAbsent(uri, u -> {
                uris.add(u);
                return uris.size() - 1;
            });
            builder.add(id, rs.getString(2).equals("occupation") ? ConceptKind.OCCUPATION : ConceptKind.SKILL,
                    rs.getString(3).equals("nl") ? LabelLanguage.NL : LabelLanguage.EN,
                    LabelType.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getString(5));
        });
        String[] dutch = new String[uris.size()];
        String[] english = new String[uris.size()];
        jdbc.query("select uri, label_nl, label_en from occupation union all select uri, label_nl, label_en from skill", rs -> {
            Integer id = ids.get(rs.getString(1));
            if (id != null) {
                dutch[id] = rs.getString(2);
                english[id] = rs.getString(3);
            }
        });
        LabelIndex index = builder.build();
        log.info("Taxonomy search index: {} labels of {} concepts in {} ms", index.size(), index.concepts(),
                (System.nanoTime() - start) / 1_000_000);
        return new Snapshot(index, uris.toArray(String[]::new), dutch, english);
    }

    /** One taxonomy's index with what a hit shows, by concept id; replaced whole, never changed. */
    private record Snapshot(LabelIndex index, String[] uris, String[] dutch, String[] english) {
    }
}
