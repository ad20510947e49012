package nl.werkmotor.bench.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene's BM25 ({@link BM25Similarity}, k1 1.2, b 0.75) over skill-id tokens: a document per
 * occupation (its essential and optional skills) or person (their skills), one token per skill; the
 * query is one SHOULD term per skill. Lucene breaks equal scores by the lowest doc id, and doc id =
 * document id here (one segment, added in order).
 */
final class Bm25Ranker implements Ranker, AutoCloseable {
    private static final String FIELD = "skill";
    private static final FieldType SKILL_TOKEN = skillToken();

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    Bm25Ranker(List<int[]> documents) {
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig().setSimilarity(new BM25Similarity()).setRAMBufferSizeMB(256)
                .setMergePolicy(new LogDocMergePolicy());
        try (var writer = new IndexWriter(directory, config)) {
            for (int[] skills : documents) {
                var document = new Document();
                for (int skill : skills) {
                    document.add(new Field(FIELD, token(skill), SKILL_TOKEN));
                }
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reader.leaves().size() > 1 || reader.maxDoc() != documents.size()) {
            throw new IllegalStateException("expected one segment of " + documents.size() + " documents");
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    @Override
    public String name() {
        return "Lucene BM25";
    }

    @Override
    public int[] top(SkillQuery query, int k) {
        var bool = new BooleanQuery.Builder();
        for (int skill : query.all()) {
            bool.add(new TermQuery(new Term(FIELD, token(skill))), Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(bool.build(), k).scoreDocs;
            return Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token(int skill) {
        return Integer.toString(skill, Character.MAX_RADIX);
    }

    /** One untokenized token per value, with frequencies and norms (BM25 needs the document length). */
    private static FieldType skillToken() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(false);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }
}
