#!/usr/bin/env bash
# Runs TaxonomySearchBenchmark (type-ahead latency on the full ESCO labels, p50/p95/p99).
# Builds the benchmarks (package, never install), finds JDK 25 itself, reads ESCO from
# WERKMOTOR_SHARED_DATA or ../shared/data. Extra arguments go to JMH, e.g. -i 3 -r 2 for a quick run.
# With --cpu-time it times the same queries by thread CPU time instead (TaxonomySearchCpuTime).
set -euo pipefail
WERKMOTOR_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$WERKMOTOR_HOME/bin/lib/java-env.sh"
cd "$WERKMOTOR_HOME"
./mvnw -q -B -DskipTests -pl bench -am package >&2
export WERKMOTOR_SHARED_DATA="${WERKMOTOR_SHARED_DATA:-$WERKMOTOR_HOME/../shared/data}"
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
if [ "${1:-}" = "--cpu-time" ]; then
  exec java -Xms1g -Xmx1g -cp "$classpath" nl.werkmotor.bench.TaxonomySearchCpuTime
fi
# -foe: a failed correctness gate fails the run (exit code 1) instead of being skipped over
exec java -cp "$classpath" org.openjdk.jmh.Main \
  -foe true TaxonomySearchBenchmark "$@"
