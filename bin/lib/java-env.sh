# Sourced by the scripts in bin/: finds a JDK 25 (or at least 21) and exports JAVA_HOME and PATH.
# The machines' default java is 17, which cannot build or run Werkmotor (release 21).
werkmotor_java_version() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

werkmotor_find_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk* \
                   /usr/lib/jvm/java-25-openjdk* /usr/lib/jvm/*-25-* /usr/lib/jvm/temurin-21-jdk* \
                   /usr/lib/jvm/java-21-openjdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$(werkmotor_java_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "werkmotor: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm); install JDK 25 and set JAVA_HOME" >&2
  return 1
}

werkmotor_find_java
