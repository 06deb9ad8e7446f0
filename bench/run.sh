#!/usr/bin/env bash
# Runs one benchmark program from the test sources: ./run.sh CLASS [ARGS...]. JavaFX runs headless
# (Monocle, software pipeline), as in the tests. HEAP sets the maximum heap (default 1g).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
main=$1
shift
exec java "-Xmx${HEAP:-1g}" -cp "$CP" -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
  -Dprism.order=sw -Dheadless.geometry=1600x1200-32 "$main" "$@"
