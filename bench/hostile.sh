#!/usr/bin/env bash
# Hostile-input benchmark: the loader on articles of one pathological shape each (long runs of spaces,
# capitals, apostrophes, hyphens, '=', stops, brackets, dates; repeated sentences, bullets, deep headings),
# MB (default 32, the size limit) of each, every shape in a JVM of its own (heap 40 times the article).
# Prints seconds, MB/s, events and the live heap per shape.
exec "$(dirname "$0")/run.sh" dev.annals.bench.HostileBenchmark "$@"
