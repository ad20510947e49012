#!/usr/bin/env bash
# Werkmotor matching against Apache Lucene, side by side (issue 4, item 6).
#   bench/run-match.sh --people 200000 --queries 2000   quick mode (also: bin/werkmotor bench-match ...); last line: gate and ratios
#   bench/run-match.sh --jmh [JMH options]              the JMH benchmark: 1,000,000 people, 10,000 queries
# Builds the benchmarks (package, never install) and finds JDK 25 itself.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
if [ "${1:-}" = "--jmh" ]; then
  shift
  jmh MatchVersusLuceneBenchmark "$@"
fi
exec java -Xms3g -Xmx3g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$classpath" nl.werkmotor.bench.match.MatchVersusLucene "$@"
