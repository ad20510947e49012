#!/usr/bin/env bash
# The quality harness (issue 4, item 5): occupation recovery (C0–C4) and vacancy → people ranking on the
# real ESCO v1.1.1 in ../shared/data (or WERKMOTOR_SHARED_DATA), Werkmotor against random, Jaccard,
# IDF overlap and Lucene BM25 in the same run; prints the results as Markdown with PASS/FAIL per target.
#   bench/run-quality.sh [--seed 42] [--resamples 1000]
#   bench/run-quality.sh --misses [C2 [SEED]]   why Werkmotor misses at rank 1 (MissAnalysis)
# Builds the benchmarks (package, never install) and finds JDK 25 itself. Exit code 1 when the filter
# check (engine = brute force) fails; the quality targets are reported, not enforced.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
main=nl.werkmotor.bench.quality.QualityHarness
if [[ "${1:-}" == --misses ]]; then
  main=nl.werkmotor.bench.quality.MissAnalysis
  shift
fi
exec java -Xmx2g --add-modules jdk.incubator.vector -cp "$classpath" "$main" "$@"
