#!/usr/bin/env bash
# Map panel repaint time on selection change, headless (Monocle, software pipeline).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
exec java -Xmx1g -cp "$CP" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  dev.annals.bench.MapRepaintBenchmark "$@"
