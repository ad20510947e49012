#!/usr/bin/env bash
# Werkmotor matching against Apache Lucene, side by side (issue 4, item 6).
#   bench/run-match.sh --people 200000 --queries 2000   quick mode (also: bin/werkmotor bench-match ...); last line: gate and ratios
#   bench/run-match.sh --jmh [JMH options]              the JMH benchmark: 1,000,000 people, 10,000 queries
# Builds the benchmarks (package, never install) and finds JDK 25 itself.
set -euo pipefail
WERKMOTOR_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$WERKMOTOR_HOME/bin/lib/java-env.sh"
cd "$WERKMOTOR_HOME"
./mvnw -q -B -DskipTests -pl bench -am package >&2
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"
if [ "${1:-}" = "--jmh" ]; then
  shift
  # -foe: a failed correctness gate fails the run (exit code 1) instead of being skipped over
  exec java -cp "$classpath" org.openjdk.jmh.Main -foe true MatchVersusLuceneBenchmark "$@"
fi
exec java -Xms3g -Xmx3g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$classpath" nl.werkmotor.bench.match.MatchVersusLucene "$@"
