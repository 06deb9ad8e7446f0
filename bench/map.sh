#!/usr/bin/env bash
# Map benchmark: reading the bundled country shapes, projecting them for the Europe view and the North
# America inset, heap, hit testing and recolouring, without any UI. Prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
exec java -Xmx1g -cp "$CP" dev.annals.bench.MapBenchmark "$@"
