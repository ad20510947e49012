/**
 * The quality harness (issue 4, item 5): how well the matching model finds the right occupation for
 * a set of skills and the right people for a vacancy, on the real ESCO v1.1.1, against random,
 * Jaccard, IDF-weighted overlap and Lucene BM25 in the same run. {@link nl.werkmotor.bench.quality.QualityHarness}
 * runs it ({@code bench/run-quality.sh}); docs/matching.md section 10 has the method and the results.
 *
 * <p>Uses only the engine's public API ({@code nl.werkmotor.engine.match}), Lucene and the shared
 * ESCO files; nothing of the application.
 */
package nl.werkmotor.bench.quality;
