#!/usr/bin/env bash
# Axis benchmark: opening and drawing synthetic timelines of 10k, 100k and 1M events, in a 1 GB heap.
exec "$(dirname "$0")/run.sh" dev.annals.bench.AxisBenchmark "$@"
