#!/usr/bin/env bash
# Runs one benchmark program from the test sources: ./run.sh CLASS [ARGS...]. JavaFX runs headless
# (Monocle, software pipeline), as in the tests. HEAP sets the maximum heap (default 1g); JVM_OPTIONS
# more options for the JVM, by default the launcher's (-XX:TieredStopAtLevel=1, README "Speed"), so
# JVM_OPTIONS= measures with the JVM's own default of C1 and C2.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
main=$1
shift
# shellcheck disable=SC2086 # JVM_OPTIONS holds several words
exec java "-Xmx${HEAP:-1g}" ${JVM_OPTIONS--XX:TieredStopAtLevel=1} -cp "$CP" -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
  -Dprism.order=sw -Dheadless.geometry=1600x1200-32 "$main" "$@"
