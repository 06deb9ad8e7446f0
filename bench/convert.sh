#!/usr/bin/env bash
# Convert benchmark: a synthetic timeline (default 100,000 events) written as each format and opened again.
exec "$(dirname "$0")/run.sh" dev.annals.bench.ConvertBenchmark "$@"
