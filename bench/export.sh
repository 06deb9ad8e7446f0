#!/usr/bin/env bash
# PDF export benchmark: the whole seed article (warm JVM) and synthetic periods of 1 000 and 10 000
# events, in a 256 MB heap to show that memory stays bounded. Prints one line of figures per case.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
exec java -Xmx256m -Djava.awt.headless=true -cp "$CP" dev.annals.bench.ExportBenchmark "$@"
