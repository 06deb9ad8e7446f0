#!/usr/bin/env bash
# Open benchmark: File > Open of a synthetic timeline (default 1,000,000 events) in the real window, in
# a 1 GB heap: the time to the first frame that shows it, and the longest gap between frames meanwhile.
exec "$(dirname "$0")/run.sh" dev.annals.bench.OpenBenchmark "$@"
