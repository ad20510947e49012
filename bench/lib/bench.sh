# Sourced by bench/run-*.sh: finds JDK 25 itself, builds the benchmarks (package, never install), goes to
# the repository root and sets $classpath; ESCO is read from WERKMOTOR_SHARED_DATA or ../shared/data.
# jmh CLASS [JMH options] runs one JMH benchmark.
WERKMOTOR_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$WERKMOTOR_HOME/bin/lib/java-env.sh"
cd "$WERKMOTOR_HOME"
./mvnw -q -B -DskipTests -pl bench -am package >&2
export WERKMOTOR_SHARED_DATA="${WERKMOTOR_SHARED_DATA:-$WERKMOTOR_HOME/../shared/data}"
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"

jmh() {
  local benchmark=$1
  shift
  # -foe: a failed correctness gate fails the run (exit code 1) instead of being skipped over
  exec java -cp "$classpath" org.openjdk.jmh.Main -foe true "$benchmark" "$@"
}
