#!/usr/bin/env bash
# Axis benchmark: opening and drawing synthetic timelines of 10k, 100k and 1M events, headless
# (Monocle, software pipeline), in a 1 GB heap. Prints one line of figures per size.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
exec java -Xmx1g -cp "$CP" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dtestfx.headless=true -Dheadless.geometry=1600x1200-32 dev.annals.bench.AxisBenchmark "$@"
