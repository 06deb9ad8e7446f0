#!/usr/bin/env bash
# Map panel repaint time when the selected event changes.
exec "$(dirname "$0")/run.sh" dev.annals.bench.MapRepaintBenchmark "$@"
