#!/usr/bin/env bash
# Runs TextLinkingBenchmark: linking the worst texts we could make (up to 20,000 characters, in groups:
# normal, long-word, short-words, hyphens, unicode) on the full ESCO labels, after a correctness gate.
# Builds the benchmarks (package, never install), finds JDK 25 itself, reads ESCO from
# WERKMOTOR_SHARED_DATA or ../shared/data. Extra arguments go to JMH, e.g. -p group=long-word -i 2 -r 2.
# With --cpu-time it times each text by thread CPU time instead (TextLinkingCpuTime), as a Markdown table.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"
if [ "${1:-}" = "--cpu-time" ]; then
  exec java -Xms1500m -Xmx1500m -cp "$classpath" nl.werkmotor.bench.TextLinkingCpuTime
fi
jmh TextLinkingBenchmark "$@"
