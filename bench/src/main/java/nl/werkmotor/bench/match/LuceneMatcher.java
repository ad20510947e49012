package nl.werkmotor.bench.match;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import nl.werkmotor.engine.match.Evidence;
import nl.werkmotor.engine.match.Importance;
import nl.werkmotor.engine.match.Person;
import nl.werkmotor.engine.match.SkillClaim;
import nl.werkmotor.engine.match.SkillGraph;
import nl.werkmotor.engine.match.SkillRequirement;
import nl.werkmotor.engine.match.Vacancy;

/**
 * The Werkmotor score expressed in Apache Lucene, as the reference to beat. A person is a document
 * with one {@code claim} term per claimed skill and evidence level, a region term and hours points.
 * A vacancy is a Boolean query: region and hours as filters; per needed skill a
 * {@link DisjunctionMaxQuery} (the best credit) over constant-score terms boosted by relation factor ×
 * evidence factor, itself boosted by the skill's weight. Lucene sums clause scores in double and
 * rounds once, as the engine does, so the scores are the same bits.
 */
final class LuceneMatcher implements AutoCloseable {
    private final SkillGraph graph;
    private final Path folder;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    LuceneMatcher(SkillGraph graph, Iterable<Person> people) throws IOException {
        this.graph = graph;
        folder = Files.createTempDirectory("werkmotor-lucene-");
        directory = new MMapDirectory(folder);
        // Adjacent merges only, one segment at the end: Lucene doc id = person id, so ties break alike.
        var config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256).setMergePolicy(new LogDocMergePolicy());
        try (var writer = new IndexWriter(directory, config)) {
            int expected = 0;
            for (var person : people) {
                if (person.id() != expected++) {
                    throw new IllegalArgumentException("people must come with ids 0, 1, 2, ...");
                }
                writer.addDocument(document(person));
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        IndexSearcher.setMaxClauseCount(1 << 20);
    }

    TopDocs peopleFor(Vacancy vacancy, int k) throws IOException {
        return searcher.search(query(vacancy), k);
    }

    int documents() {
        return reader.maxDoc();
    }

    private static Document document(Person person) {
        var document = new Document();
        document.add(new StringField("region", Integer.toString(person.region()), Field.Store.NO));
        document.add(new IntPoint("minHours", person.minHours()));
        document.add(new IntPoint("maxHours", person.maxHours()));
        for (SkillClaim claim : person.claims()) {
            document.add(new StringField("claim", token(claim.skill(), claim.evidence()), Field.Store.NO));
        }
        return document;
    }

    private Query query(Vacancy vacancy) {
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("region", Integer.toString(vacancy.region()))), Occur.FILTER)
                .add(IntPoint.newRangeQuery("minHours", Integer.MIN_VALUE, vacancy.maxHours()), Occur.FILTER)
                .add(IntPoint.newRangeQuery("maxHours", vacancy.minHours(), Integer.MAX_VALUE), Occur.FILTER)
                .setMinimumNumberShouldMatch(1);
        weights(vacancy.requirements()).forEach((need, weight) ->
                query.add(new BoostQuery(new DisjunctionMaxQuery(credits(need), 0f), weight), Occur.SHOULD));
        return query.build();
    }

    /** One clause per claimed skill and evidence level that earns credit for the need, scoring that credit. */
    private List<Query> credits(int need) {
        var sources = new java.util.TreeSet<Integer>();
        sources.add(need);
        for (int skill : graph.narrower(need)) {
            sources.add(skill);
        }
        for (int skill : graph.broader(need)) {
            sources.add(skill);
        }
        for (int skill : graph.related(need)) {
            sources.add(skill);
        }
        var clauses = new ArrayList<Query>();
        for (int source : sources) {
            float relation = graph.relation(source, need).factor();
            for (var evidence : Evidence.values()) {
                clauses.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("claim", token(source, evidence)))),
                        relation * evidence.factor()));
            }
        }
        return clauses;
    }

    /** Needed skill → weight, as the engine defines it: importance × specificity, normalised, ascending by skill. */
    private TreeMap<Integer, Float> weights(List<SkillRequirement> requirements) {
        var importance = new TreeMap<Integer, Importance>();
        for (var requirement : requirements) {
            importance.merge(requirement.skill(), requirement.importance(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        var weights = new TreeMap<Integer, Float>();
        float total = 0f;
        for (var entry : importance.entrySet()) {
            float raw = entry.getValue().factor() * graph.specificity(entry.getKey());
            weights.put(entry.getKey(), raw);
            total += raw;
        }
        for (var entry : weights.entrySet()) {
            entry.setValue(entry.getValue() / total);
        }
        return weights;
    }

    private static String token(int skill, Evidence evidence) {
        return Integer.toString(skill * 4 + evidence.ordinal(), Character.MAX_RADIX);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        try (var files = Files.list(folder)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
