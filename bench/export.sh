#!/usr/bin/env bash
# PDF export benchmark: the whole seed (warm) and synthetic periods, in a 256 MB heap.
HEAP=${HEAP:-256m} exec "$(dirname "$0")/run.sh" dev.annals.bench.ExportBenchmark "$@"
