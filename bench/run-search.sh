#!/usr/bin/env bash
# Runs TaxonomySearchBenchmark (type-ahead latency on the full ESCO labels, p50/p95/p99).
# Builds the benchmarks (package, never install), finds JDK 25 itself, reads ESCO from
# WERKMOTOR_SHARED_DATA or ../shared/data. Extra arguments go to JMH, e.g. -i 3 -r 2 for a quick run.
# With --cpu-time it times the same queries by thread CPU time instead (TaxonomySearchCpuTime).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
if [ "${1:-}" = "--cpu-time" ]; then
  exec java -Xms1g -Xmx1g -cp "$classpath" nl.werkmotor.bench.TaxonomySearchCpuTime
fi
jmh TaxonomySearchBenchmark "$@"
