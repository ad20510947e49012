package nl.werkmotor.taxonomy;

import java.nio.file.Path;
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
import nl.werkmotor.engine.text.TextLinker;
import nl.werkmotor.platform.LazySnapshot;
import nl.werkmotor.taxonomy.internal.TaxonomyData;

/**
 * Type-ahead search over every label of the current taxonomy, in memory ({@link LabelIndex}). The
 * index is built from the {@code concept_label} table when a web server is ready (in the background)
 * or at the first search, whichever comes first; commands such as {@code import-taxonomy} never build
 * it. After an import it is rebuilt and swapped in one reference assignment, so searches running
 * meanwhile still see the previous taxonomy as a whole. The same snapshot holds the engine's
 * {@link TextLinker} over the same labels, which {@link LinkingText} and {@link NormalizingText} use.
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
        LabelLanguage language = labelLanguage(search.language());
        List<LabelHit> hits = snapshot.index.search(new LabelQuery(search.text(), kind, language, search.limit()));
        List<TaxonomySearchHit> found = new ArrayList<>(hits.size());
        for (LabelHit hit : hits) {
            found.add(snapshot.hit(hit.conceptId(), search.language(), hit.label(), hit.language(), hit.type()));
        }
        return found;
    }

    static LabelLanguage labelLanguage(Language language) {
        return language == Language.NL ? LabelLanguage.NL : LabelLanguage.EN;
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

    /** The current taxonomy's labels in memory, built at the first call; {@link LinkingText} reads the same. */
    Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot build() {
        SnapshotBuilder builder = new SnapshotBuilder();
        jdbc.query("select concept_uri, concept_kind, lang, label_type, label from concept_label", rs -> {
            builder.label(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        });
        jdbc.query("select uri, label_nl, label_en from occupation union all select uri, label_nl, label_en from skill", rs -> {
            builder.names(rs.getString(1), rs.getString(2), rs.getString(3));
        });
        return builder.build();
    }

    /**
     * The labels of an ESCO package read straight from its files, for batch commands on a package that
     * was never imported ({@code --esco DIR}).
     *
     * @throws TaxonomyImportRefused when a file is missing or broken, naming file and line
     */
    static Snapshot read(Path source) {
        TaxonomyData data = ReadingEscoPackage.data(source);
        SnapshotBuilder builder = new SnapshotBuilder();
        for (String[] label : data.labels) { // the rows the import stores in concept_label
            builder.label(label[0], label[1], label[2], label[3], label[4]);
        }
        for (Map<String, TaxonomyData.Concept> concepts : List.of(data.occupations, data.skills)) {
            concepts.values().forEach(c -> builder.names(c.uri, c.labelNl, c.labelEn));
        }
        return builder.build();
    }

    /** Collects one taxonomy's labels (rows as in {@code concept_label}) and display names, then builds its snapshot. */
    private static final class SnapshotBuilder {
        private final long start = System.nanoTime();
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> uris = new ArrayList<>();
        private final Map<String, String[]> names = new HashMap<>();
        private final LabelIndex.Builder labels = LabelIndex.builder();

        void label(String uri, String kind, String lang, String type, String text) {
            int id = ids.computeIfAbsent(uri, u -> {
                uris.add(u);
                return uris.size() - 1;
            });
            labels.add(id, kind.equals("occupation") ? ConceptKind.OCCUPATION : ConceptKind.SKILL,
                    lang.equals("nl") ? LabelLanguage.NL : LabelLanguage.EN,
                    LabelType.valueOf(type.toUpperCase(Locale.ROOT)), text);
        }

        void names(String uri, String dutch, String english) {
            names.put(uri, new String[] {dutch, english});
        }

        Snapshot build() {
            String[] dutch = new String[uris.size()];
            String[] english = new String[uris.size()];
            for (int id = 0; id < uris.size(); id++) {
                String[] both = names.getOrDefault(uris.get(id), new String[2]);
                dutch[id] = both[0];
                english[id] = both[1];
            }
            LabelIndex index = labels.build();
            TextLinker linker = TextLinker.of(index);
            log.info("Taxonomy search index and text linker: {} labels of {} concepts in {} ms", index.size(),
                    index.concepts(), (System.nanoTime() - start) / 1_000_000);
            return new Snapshot(index, linker, uris.toArray(String[]::new), dutch, english);
        }
    }

    /**
     * One taxonomy's label index and text linker (over the same labels) with what a hit shows, by
     * concept id; replaced whole, never changed.
     */
    record Snapshot(LabelIndex index, TextLinker linker, String[] uris, String[] dutch, String[] english) {

        /** Concept {@code concept} named in {@code language} (English as fallback), with the label that matched. */
        TaxonomySearchHit hit(int concept, Language language, String matched, LabelLanguage matchedLanguage,
                LabelType type) {
            String uri = uris[concept];
            return new TaxonomySearchHit(uri, uri.substring(uri.lastIndexOf('/') + 1),
                    Label.of(language, dutch[concept], english[concept]),
                    new TaxonomySearchHit.MatchedLabel(matched, matchedLanguage.name().toLowerCase(Locale.ROOT),
                            type.name().toLowerCase(Locale.ROOT)));
        }
    }
}
