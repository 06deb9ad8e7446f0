#!/usr/bin/env bash
# Open benchmark: File > Open of a synthetic timeline (default 1,000,000 events) in the real window, in
# a 1 GB heap and with the launcher's JIT option: the time to the first frame that shows it, and the
# longest gap between frames meanwhile. The file is written first, by another JVM, into target/.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
file=target/bench-$events.timeline.json
if [ ! -f "$file" ]; then
    "bench/run.sh" dev.annals.bench.SyntheticTimeline "$events" "$file"
fi
exec "bench/run.sh" dev.annals.bench.OpenBenchmark "$file"
