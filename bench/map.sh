#!/usr/bin/env bash
# Map benchmark: reading the bundled country shapes, projecting them for the Europe view and the North
# America inset, heap, hit testing and recolouring, without any UI.
exec "$(dirname "$0")/run.sh" dev.annals.bench.MapBenchmark "$@"
